using ShopperSpectrum.Reporting.Charts;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Histogram bins for recency (equal widths of round days) and for counts such as orders (one per count up to 10, then wider).</summary>
internal static class RfmBins
{
    /// <summary>About a dozen bins of a round width from 0 past the largest value.</summary>
    public static IReadOnlyList<HistogramBin> Linear(double[] values, int bins = 12)
    {
        var width = Math.Max(1, NiceScale.Covering(0, values.DefaultIfEmpty(0).Max(), bins).Step);
        var edges = Enumerable.Range(0, (int)Math.Floor(values.DefaultIfEmpty(0).Max() / width) + 2).Select(i => i * width).ToArray();
        return Count(values, edges, (low, high) => width == 1 ? Integer(low) : $"{Integer(low)}–{Integer(high - 1)}");
    }

    /// <summary>Bins 1, 2, … 9, then 10–19, 20–49, 50–99, 100–199 … up to the largest value.</summary>
    public static IReadOnlyList<HistogramBin> Counts(double[] values)
    {
        var max = values.DefaultIfEmpty(1).Max();
        var edges = new List<double>();
        for (var edge = 1.0; edges.Count == 0 || edges[^1] <= max; edge = edge < 10 ? edge + 1 : NextRound(edge))
        {
            edges.Add(edge);
        }
        return Count(values, [.. edges], (low, high) => high - low == 1 ? Integer(low) : $"{Integer(low)}–{Integer(high - 1)}");
    }

    /// <summary>10 → 20 → 50 → 100 → 200 → 500 …</summary>
    private static double NextRound(double edge)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(edge)));
        return (edge / magnitude) switch
        {
            < 2 => 2 * magnitude,
            < 5 => 5 * magnitude,
            _ => 10 * magnitude,
        };
    }

    private static List<HistogramBin> Count(double[] values, double[] edges, Func<double, double, string> label)
    {
        var counts = new long[edges.Length - 1];
        foreach (var value in values)
        {
            // The last edge lies beyond the largest value: every value has a bin.
            var bin = Array.BinarySearch(edges, value);
            bin = bin >= 0 ? bin : ~bin - 1;
            counts[Math.Clamp(bin, 0, counts.Length - 1)]++;
        }
        return [.. counts.Select((count, i) => new HistogramBin(edges[i], edges[i + 1], count, label(edges[i], edges[i + 1])))];
    }
}
