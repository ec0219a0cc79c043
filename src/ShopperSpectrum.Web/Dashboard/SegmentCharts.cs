using ShopperSpectrum.Analysis;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>Builds the segments page's charts from a model version's analysis: counts per bin, means per cell, and a bounded sample for the 3-D view.</summary>
internal static class SegmentCharts
{
    /// <summary>The most customers the 3-D scatter sends to the browser.</summary>
    public const int MaxScatterPoints = 2000;

    public static SegmentsView Build(int version, AnalysisSnapshot analysis)
    {
        var customers = analysis.Customers;
        var segments = analysis.Segments.OrderByDescending(s => s.Customers).ToList();
        var kmeans = analysis.Summary.Kmeans;
        var (scatter, points) = Scatter(customers, analysis.Clusters);
        return new SegmentsView(version, customers.Count, segments, analysis.Clusters, kmeans,
            Charts.Bars("Customers per segment", segments.Select(s => s.Name), segments.Select(s => (double)s.Customers), "Customers", "", horizontal: true, height: 380),
            Charts.Bars("Share of revenue per segment (%)", segments.Select(s => s.Name), segments.Select(s => Math.Round(s.RevenueShare * 100, 1)), "% of revenue", "", horizontal: true,
                color: ChartPalette.Secondary, height: 380),
            Heatmap(customers),
            RecencyHistogram(customers),
            FrequencyHistogram(customers),
            Charts.Bars("Monetary value (log scale bins)", MonetaryDistribution.Of(customers.Select(c => c.Rfm.Monetary)).Bins.Select(b => $"{Fmt.Money(b.Lower)}–{Fmt.Money(b.Upper)}"),
                MonetaryDistribution.Of(customers.Select(c => c.Rfm.Monetary)).Bins.Select(b => (double)b.Customers), "Revenue per customer", "Customers", color: "#8e24aa", height: 280),
            Charts.Line("Elbow: inertia by k", kmeans.Candidates.Select(c => (object)c.K), kmeans.Candidates.Select(c => Math.Round(c.Inertia, 1)), "k (clusters)", "Inertia"),
            Charts.Line("Silhouette by k", kmeans.Candidates.Select(c => (object)c.K), kmeans.Candidates.Select(c => Math.Round(c.Silhouette, 4)), "k (clusters)", "Silhouette",
                ChartPalette.Secondary),
            scatter, points);
    }

    /// <summary>Mean monetary value per (recency score, frequency score) cell; null where no customer falls.</summary>
    internal static double?[][] MeanMonetaryByScores(IReadOnlyList<CustomerSegment> customers)
    {
        var sums = new double[5, 5];
        var counts = new int[5, 5];
        foreach (var c in customers)
        {
            var (r, f) = (c.Placement.Scores.Recency - 1, c.Placement.Scores.Frequency - 1);
            sums[f, r] += c.Rfm.Monetary;
            counts[f, r]++;
        }
        return [.. Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, 5).Select(r => counts[f, r] == 0 ? (double?)null : Math.Round(sums[f, r] / counts[f, r], 2)).ToArray())];
    }

    private static ChartSpec Heatmap(IReadOnlyList<CustomerSegment> customers)
    {
        string[] scores = ["1", "2", "3", "4", "5"];
        return Charts.Heatmap("Mean monetary value by R and F score", scores, scores, MeanMonetaryByScores(customers), "R score", "F score", "mean monetary");
    }

    /// <summary>Customers per 30-day band of recency.</summary>
    internal static IReadOnlyList<(int From, long Customers)> RecencyBands(IReadOnlyList<CustomerSegment> customers, int days = 30) =>
        [.. customers.GroupBy(c => c.Rfm.Recency / days).OrderBy(g => g.Key).Select(g => (g.Key * days, (long)g.Count()))];

    private static ChartSpec RecencyHistogram(IReadOnlyList<CustomerSegment> customers)
    {
        var bands = RecencyBands(customers);
        return Charts.Bars("Recency (days since last order)", bands.Select(b => $"{b.From}–{b.From + 29}"), bands.Select(b => (double)b.Customers), "Days", "Customers", height: 280);
    }

    /// <summary>Customers per number of orders, everything from <paramref name="cap"/> up in one bar.</summary>
    internal static IReadOnlyList<(string Orders, long Customers)> FrequencyCounts(IReadOnlyList<CustomerSegment> customers, int cap = 20) =>
        [.. customers.GroupBy(c => Math.Min(c.Rfm.Frequency, cap)).OrderBy(g => g.Key)
            .Select(g => (g.Key == cap ? $"{cap}+" : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (long)g.Count()))];

    private static ChartSpec FrequencyHistogram(IReadOnlyList<CustomerSegment> customers)
    {
        var counts = FrequencyCounts(customers);
        return Charts.Bars("Frequency (orders per customer)", counts.Select(c => c.Orders), counts.Select(c => (double)c.Customers), "Orders", "Customers",
            color: ChartPalette.Secondary, height: 280);
    }

    /// <summary>An evenly spaced, deterministic sample of at most <see cref="MaxScatterPoints"/> customers on log1p axes, one trace per cluster.</summary>
    private static (ChartSpec Chart, int Points) Scatter(IReadOnlyList<CustomerSegment> customers, IReadOnlyList<ClusterSummary> clusters)
    {
        var step = Math.Max(1, (int)Math.Ceiling(customers.Count / (double)MaxScatterPoints));
        var sample = customers.Where((_, i) => i % step == 0).ToList();
        var groups = clusters.Select(cluster =>
        {
            var members = sample.Where(c => c.Placement.Cluster == cluster.Cluster).ToList();
            return ($"{cluster.Cluster}: {cluster.Label}",
                (IReadOnlyList<double>)[.. members.Select(m => Math.Round(Log1P(m.Rfm.Recency), 3))],
                (IReadOnlyList<double>)[.. members.Select(m => Math.Round(Log1P(m.Rfm.Frequency), 3))],
                (IReadOnlyList<double>)[.. members.Select(m => Math.Round(Log1P(Math.Max(0, m.Rfm.Monetary)), 3))]);
        }).ToList();
        static double Log1P(double x) => Math.Log(1 + x);
        return (Charts.Scatter3D("Customers by cluster (log1p R, F, M)", groups, "log1p recency", "log1p frequency", "log1p monetary"), sample.Count);
    }
}
