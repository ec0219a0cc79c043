using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The few chart shapes the dashboard uses, styled once: bars, lines, a heatmap and a 3-D scatter.</summary>
public static class Charts
{
    /// <summary>Works offline: no Plotly logo link, no cloud buttons.</summary>
    public static Config Config { get; } = new()
    {
        DisplayLogo = false,
        ShowLink = false,
        ShowSendToCloud = false,
        ShowEditInChartStudio = false,
        Responsive = true,
        DisplayModeBar = Plotly.Blazor.ConfigLib.DisplayModeBarEnum.Hover,
    };

    public static ChartSpec Bars(string title, IEnumerable<string> labels, IEnumerable<double> values, string xTitle, string yTitle,
        bool horizontal = false, string color = ChartPalette.Primary, int height = 320)
    {
        var (x, y) = horizontal ? (values.Cast<object>().ToList(), labels.Cast<object>().ToList()) : (labels.Cast<object>().ToList(), values.Cast<object>().ToList());
        var bar = new Bar
        {
            X = x,
            Y = y,
            Orientation = horizontal ? OrientationEnum.H : OrientationEnum.V,
            Marker = new Marker { Color = color },
        };
        var layout = Layout(height, xTitle, yTitle);
        if (horizontal)
        {
            // Room for product and country names beside the bars; longer names widen the margin rather than lose their start.
            layout.Margin = new Margin { L = 230, R = 20, T = 16, B = 50 };
            layout.YAxis[0].AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True;
        }
        else if (y.Count > 8)
        {
            // Room for slanted bin labels below the axis, clear of its title.
            layout.Margin = new Margin { L = 60, R = 20, T = 16, B = 100 };
            layout.XAxis[0].Title.Standoff = 24;
        }
        return new ChartSpec(title, [bar], layout);
    }

    public static ChartSpec GroupedBars(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, string yTitle, int height = 340)
    {
        IList<ITrace> traces = [.. series.Select((s, i) => new Bar
        {
            Name = s.Name,
            X = labels.Cast<object>().ToList(),
            Y = s.Values.Cast<object>().ToList(),
            Marker = new Marker { Color = ChartPalette.Of(i) },
        })];
        var layout = Layout(height, "", yTitle);
        layout.BarMode = BarModeEnum.Group;
        layout.ShowLegend = true;
        return new ChartSpec(title, traces, layout);
    }

    public static ChartSpec Line(string title, IEnumerable<object> x, IEnumerable<double> y, string xTitle, string yTitle, string color = ChartPalette.Primary, int height = 300)
    {
        var line = new Scatter
        {
            X = x.ToList(),
            Y = y.Cast<object>().ToList(),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = color, Width = 3 },
        };
        return new ChartSpec(title, [line], Layout(height, xTitle, yTitle));
    }

    public static ChartSpec Heatmap(string title, IReadOnlyList<string> x, IReadOnlyList<string> y, double?[][] z, string xTitle, string yTitle, string valueLabel)
    {
        var heat = new HeatMap
        {
            X = x.Cast<object>().ToList(),
            Y = y.Cast<object>().ToList(),
            Z = z.Select(row => (object)row.Cast<object?>().ToList()).ToList(),
            ColorScale = "Viridis",
            HoverTemplate = $"{xTitle} %{{x}}<br>{yTitle} %{{y}}<br>{valueLabel} %{{z:,.0f}}<extra></extra>",
        };
        return new ChartSpec(title, [heat], Layout(360, xTitle, yTitle));
    }

    public static ChartSpec Scatter3D(string title, IReadOnlyList<(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, IReadOnlyList<double> Z)> groups,
        string xTitle, string yTitle, string zTitle)
    {
        IList<ITrace> traces = [.. groups.Select((g, i) => new Scatter3D
        {
            Name = g.Name,
            X = g.X.Cast<object>().ToList(),
            Y = g.Y.Cast<object>().ToList(),
            Z = g.Z.Cast<object>().ToList(),
            Mode = Plotly.Blazor.Traces.Scatter3DLib.ModeFlag.Markers,
            Marker = new Plotly.Blazor.Traces.Scatter3DLib.Marker { Size = 3, Color = ChartPalette.Of(i), Opacity = 0.8m },
        })];
        var layout = new Layout
        {
            Height = 460,
            Margin = new Margin { L = 0, R = 0, T = 10, B = 0 },
            ShowLegend = true,
            Font = new Font { Family = ChartPalette.FontFamily, Color = ChartPalette.Text },
            PaperBgColor = "rgba(0,0,0,0)",
            Scene = [new Scene
            {
                XAxis = new Plotly.Blazor.LayoutLib.SceneLib.XAxis { Title = new Plotly.Blazor.LayoutLib.SceneLib.XAxisLib.Title { Text = xTitle } },
                YAxis = new Plotly.Blazor.LayoutLib.SceneLib.YAxis { Title = new Plotly.Blazor.LayoutLib.SceneLib.YAxisLib.Title { Text = yTitle } },
                ZAxis = new Plotly.Blazor.LayoutLib.SceneLib.ZAxis { Title = new Plotly.Blazor.LayoutLib.SceneLib.ZAxisLib.Title { Text = zTitle } },
            }],
        };
        return new ChartSpec(title, traces, layout);
    }

    private static Layout Layout(int height, string xTitle, string yTitle) => new()
    {
        Height = height,
        Margin = new Margin { L = 60, R = 20, T = 16, B = 50 },
        ShowLegend = false,
        Font = new Font { Family = ChartPalette.FontFamily, Color = ChartPalette.Text, Size = 12 },
        PaperBgColor = "rgba(0,0,0,0)",
        PlotBgColor = "rgba(0,0,0,0)",
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle }, GridColor = "#eceff1" }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, GridColor = "#eceff1" }],
    };
}
