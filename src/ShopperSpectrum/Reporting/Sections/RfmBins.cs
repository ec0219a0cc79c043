using ShopperSpectrum.Reporting.Charts;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Histogram bins of one round width for recency and for counts such as orders, the long tail gathered in a last open bin.</summary>
internal static class RfmBins
{
    /// <summary>About <paramref name="bins"/> bins of a round width from <paramref name="start"/>; values above the
    /// <paramref name="tailQuantile"/> quantile share one last bin ("≥ x") so that a few extreme customers do not squeeze the rest.</summary>
    public static IReadOnlyList<HistogramBin> Of(double[] values, double start, int bins, double tailQuantile = 1)
    {
        var sorted = values.Order().DefaultIfEmpty(start).ToArray();
        var (cap, max) = (sorted[(int)Math.Floor((sorted.Length - 1) * tailQuantile)], sorted[^1]);
        var width = Math.Max(1, NiceScale.Covering(0, cap - start, bins).Step);
        var edges = new List<double>();
        for (var edge = start; edge <= cap; edge += width)
        {
            edges.Add(edge);
        }
        var open = max >= edges[^1] + width;
        edges.Add(edges[^1] + width);
        if (open)
        {
            edges.Add(max + 1);
        }
        var counts = new long[edges.Count - 1];
        foreach (var value in values)
        {
            var bin = edges.BinarySearch(value);
            counts[Math.Clamp(bin >= 0 ? bin : ~bin - 1, 0, counts.Length - 1)]++;
        }
        return [.. counts.Select((count, i) => new HistogramBin(edges[i], edges[i + 1], count, Label(edges[i], edges[i + 1], open && i == counts.Length - 1)))];
    }

    private static string Label(double low, double high, bool open) =>
        open ? $"≥ {Integer(low)}" : high - low == 1 ? Integer(low) : $"{Integer(low)}–{Integer(high - 1)}";
}
