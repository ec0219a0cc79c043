using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Charts;

/// <summary>Horizontal bars, one group per category and one bar per series, categories top to bottom in the order given.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="ValueLabel">What the value axis measures.</param>
/// <param name="Bars">The categories.</param>
/// <param name="Series">Series names, drawn as a legend when there are two or more; one unnamed series when empty.</param>
public sealed record BarChart(string Title, string ValueLabel, IReadOnlyList<ChartBar> Bars, IReadOnlyList<string>? Series = null) : IChart
{
    private const double Width = 720;
    private const double BarHeight = 15;

    /// <inheritdoc/>
    public string ToSvg()
    {
        var series = Series ?? [];
        var seriesCount = Math.Max(1, series.Count);
        var legend = series.Count > 1 ? 22 : 0;
        var groupHeight = (seriesCount * BarHeight) + 9;
        var labelWidth = Math.Min(Bars.Count == 0 ? 40 : Bars.Max(b => SvgCanvas.TextWidth(b.Label)), 250);
        var plot = new PlotArea(labelWidth + 16, 36 + legend, Width - labelWidth - 16 - 70, Math.Max(Bars.Count, 1) * groupHeight);
        var canvas = new SvgCanvas("bar", Title, Width, plot.Bottom + 48);
        var values = Bars.SelectMany(b => b.Values.Select(v => v.Value)).DefaultIfEmpty(0).ToArray();
        var scale = NiceScale.Covering(values.Min(), values.Max());
        plot.DrawValueAxisBelow(canvas, scale, ValueLabel);
        DrawLegend(canvas, series, plot);

        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var top = plot.Top + (i * groupHeight) + 4.5;
            canvas.FittedText(plot.Left - 8, top + (seriesCount * BarHeight / 2) + 4, bar.Label, labelWidth, "end");
            for (var s = 0; s < bar.Values.Count; s++)
            {
                var (value, text) = (bar.Values[s].Value, bar.Values[s].Text);
                var (from, to) = (plot.X(scale, Math.Min(0, value)), plot.X(scale, Math.Max(0, value)));
                var fill = bar.Highlight && s == 0 ? ChartPalette.Accent : ChartPalette.Series[s % ChartPalette.Series.Count];
                var y = top + (s * BarHeight);
                canvas.Rect(from, y + 1, to - from, BarHeight - 2, fill, $"{bar.Label}: {text}",
                    ("label", bar.Label), ("series", s < series.Count ? series[s] : ""), ("value", Exact(value)));
                canvas.Text(to + 4, y + BarHeight - 4, text, "start", ChartPalette.Ink, size: 11);
            }
        }
        return canvas.ToString();
    }

    private static void DrawLegend(SvgCanvas canvas, IReadOnlyList<string> series, PlotArea plot)
    {
        if (series.Count < 2)
        {
            return;
        }
        var x = plot.Left;
        for (var s = 0; s < series.Count; s++)
        {
            canvas.Rect(x, plot.Top - 20, 12, 12, ChartPalette.Series[s % ChartPalette.Series.Count]);
            canvas.Text(x + 17, plot.Top - 10, series[s], "start", ChartPalette.Axis);
            x += 34 + SvgCanvas.TextWidth(series[s]);
        }
    }
}
