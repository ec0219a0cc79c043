using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Charts;

/// <summary>Values over evenly spaced categories (months, k) joined by a line; marked points drawn in the accent colour with their note.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="XLabel">What the categories are.</param>
/// <param name="YLabel">What the values measure.</param>
/// <param name="Points">The points, left to right.</param>
/// <param name="ShowValues">Print every point's value above it (for short series).</param>
public sealed record LineChart(string Title, string XLabel, string YLabel, IReadOnlyList<ChartPoint> Points, bool ShowValues = false) : IChart
{
    private const double Width = 720;
    private const double PlotHeight = 210;

    /// <inheritdoc/>
    public string ToSvg()
    {
        var plot = new PlotArea(70, 52, Width - 70 - 24, PlotHeight);
        var slot = plot.Width / Math.Max(Points.Count, 1);
        double X(int i) => plot.Left + (slot * (i + 0.5));
        var values = Points.Select(p => p.Value).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        // Printed values sit above their points: leave them room below the top of the plot.
        var scale = NiceScale.Covering(values.Min(), values.Max() * (ShowValues ? 1.12 : 1));

        var labels = Points.Select(p => p.Label).ToList();
        var below = PlotArea.CategoryLabelDepth(labels, slot);
        var canvas = new SvgCanvas("line", Title, Width, plot.Bottom + below + 30);
        plot.DrawValueAxisLeft(canvas, scale, YLabel);
        plot.DrawCategoryLabels(canvas, labels, slot);
        plot.DrawAxisTitleBelow(canvas, XLabel, below + 20);

        var drawn = Points.Select((p, i) => (p, i)).Where(x => double.IsFinite(x.p.Value)).ToList();
        canvas.Polyline(drawn.Select(x => (X(x.i), plot.Y(scale, x.p.Value))), ChartPalette.Primary);
        foreach (var (point, i) in drawn)
        {
            var (x, y) = (X(i), plot.Y(scale, point.Value));
            var marked = point.Mark is not null;
            if (marked)
            {
                canvas.Line(x, plot.Top, x, plot.Bottom, ChartPalette.Accent, dashed: true);
                canvas.Text(x, plot.Top - 8, point.Mark!, "middle", ChartPalette.Accent, "600");
            }
            canvas.Circle(x, y, marked ? 6 : 4, marked ? ChartPalette.Accent : ChartPalette.Primary, $"{point.Label}: {point.ValueText}",
                ("label", point.Label), ("value", Exact(point.Value)), ("mark", point.Mark ?? ""));
            if (ShowValues)
            {
                canvas.Text(x, y - 10, point.ValueText, "middle", ChartPalette.Ink, size: 11);
            }
        }
        return canvas.ToString();
    }
}

/// <summary>One point of a <see cref="LineChart"/>.</summary>
/// <param name="Label">Its category.</param>
/// <param name="Value">Its value.</param>
/// <param name="ValueText">The value as printed.</param>
/// <param name="Mark">A note drawn at a marked point (for example "chosen k"); null for an ordinary point.</param>
public sealed record ChartPoint(string Label, double Value, string ValueText, string? Mark = null);
