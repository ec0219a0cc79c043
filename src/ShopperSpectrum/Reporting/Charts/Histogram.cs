using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Charts;

/// <summary>Counts in adjacent bins; on a log scale the axis is labelled at powers of ten, otherwise each bin by its label.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="XLabel">What the bins measure.</param>
/// <param name="YLabel">What is counted.</param>
/// <param name="Bins">The bins, lowest first.</param>
/// <param name="LogScale">The bins are of equal width in log10 of the measure.</param>
public sealed record Histogram(string Title, string XLabel, string YLabel, IReadOnlyList<HistogramBin> Bins, bool LogScale = false) : IChart
{
    private const double Width = 720;
    private const double PlotHeight = 200;

    /// <inheritdoc/>
    public string ToSvg()
    {
        var plot = new PlotArea(70, 40, Width - 70 - 24, PlotHeight);
        var slot = plot.Width / Math.Max(Bins.Count, 1);
        var scale = NiceScale.Covering(0, Bins.Select(b => (double)b.Count).DefaultIfEmpty(0).Max());
        var labels = Bins.Select(b => b.Label).ToList();
        var below = LogScale ? 22 : PlotArea.CategoryLabelDepth(labels, slot);
        var canvas = new SvgCanvas("histogram", Title, Width, plot.Bottom + below + 30);
        plot.DrawValueAxisLeft(canvas, scale, YLabel);
        for (var i = 0; i < Bins.Count; i++)
        {
            var bin = Bins[i];
            var y = plot.Y(scale, bin.Count);
            canvas.Rect(plot.Left + (i * slot) + 0.5, y, slot - 1, plot.Bottom - y, ChartPalette.Primary, $"{bin.Label}: {Integer(bin.Count)}",
                ("lower", Exact(bin.Lower)), ("upper", Exact(bin.Upper)), ("count", Exact(bin.Count)));
        }
        if (LogScale)
        {
            DrawDecades(canvas, plot, slot);
        }
        else
        {
            plot.DrawCategoryLabels(canvas, labels, slot);
        }
        plot.DrawAxisTitleBelow(canvas, XLabel + (LogScale ? " (log scale)" : ""), below + 20);
        return canvas.ToString();
    }

    /// <summary>Ticks where a bin edge is a power of ten.</summary>
    private void DrawDecades(SvgCanvas canvas, PlotArea plot, double slot)
    {
        for (var i = 0; i <= Bins.Count; i++)
        {
            var edge = i < Bins.Count ? Bins[i].Lower : Bins[^1].Upper;
            var exponent = Math.Log10(edge);
            if (Math.Abs(exponent - Math.Round(exponent)) < 1e-9)
            {
                var x = plot.Left + (i * slot);
                canvas.Line(x, plot.Bottom, x, plot.Bottom + 5, ChartPalette.Axis);
                canvas.Text(x, plot.Bottom + 18, Compact(edge), "middle", ChartPalette.Axis);
            }
        }
    }
}

/// <summary>One bin of a <see cref="Histogram"/>: the count of values at least <paramref name="Lower"/> and below <paramref name="Upper"/>.</summary>
/// <param name="Lower">Inclusive lower edge.</param>
/// <param name="Upper">Exclusive upper edge.</param>
/// <param name="Count">Values in the bin.</param>
/// <param name="Label">The bin as printed, e.g. "30–59".</param>
public sealed record HistogramBin(double Lower, double Upper, long Count, string Label);
