using ShopperSpectrum.Analysis;
using ShopperSpectrum.Reporting.Charts;
using ShopperSpectrum.Segmentation;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Section 4: choosing k by the elbow and the silhouette, the clusters' profiles and what each means for marketing.</summary>
internal static class ClusterSection
{
    public static ReportSection Build(AnalysisResult analysis)
    {
        var segmentation = analysis.Segmentation;
        var search = segmentation.Search;
        var k = segmentation.Model.Clusters.K;
        var (first, last) = (search.Candidates[0].K, search.Candidates[^1].K);
        var sample = search.SilhouetteSampled ? $" Silhouettes were computed on a sample of {Integer(search.SilhouetteSampleSize)} customers (seed {search.SilhouetteSeed})." : "";
        var intro = $"K-Means groups customers by their recency, frequency and monetary value after a log1p transform and z-scoring, so that no one measure dominates. " +
            $"k = {first}–{last} were tried (k-means++, best of several restarts): the elbow of the inertia curve is at k = {search.ElbowK}, " +
            $"the best silhouette at k = {search.BestSilhouetteK}; the report uses k = {k}.{sample}";
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(intro),
            new ReportFigure("elbow", new LineChart("Elbow: inertia by k", "Number of clusters k", "Inertia (within-cluster sum of squares)",
                    [.. search.Candidates.Select(c => Point(c, c.Inertia, Fixed(c.Inertia, 0), k, c.K == search.ElbowK ? "elbow" : null))], ShowValues: true),
                "Inertia always falls as k grows; the elbow is where adding a cluster stops paying off."),
            new ReportFigure("silhouette", new LineChart("Silhouette by k", "Number of clusters k", "Mean silhouette",
                    [.. search.Candidates.Select(c => Point(c, c.Silhouette, Fixed(c.Silhouette, 3), k, c.K == search.BestSilhouetteK ? "best" : null))], ShowValues: true),
                "The silhouette (−1 to 1) measures how much closer customers are to their own cluster than to the next; higher is cleaner."),
            Candidates(search, k),
            Profiles(segmentation.Clusters, analysis.Rfm),
            new ReportHeading("What each cluster means for marketing"),
            new ReportActions("clusters", [.. segmentation.Clusters.OrderByDescending(c => c.RevenueShare).Select(c => Action(c, analysis.Rfm))]),
        };
        return new ReportSection("clusters", $"K-Means clusters (k = {k})", blocks);
    }

    private static ChartPoint Point(ClusterCandidate candidate, double value, string text, int chosen, string? note)
    {
        var marks = new[] { candidate.K == chosen ? "chosen" : null, note }.OfType<string>().ToArray();
        return new ChartPoint($"{candidate.K}", value, text, marks.Length == 0 ? null : string.Join(", ", marks));
    }

    private static ReportTable Candidates(ClusterSearchResult search, int chosen) =>
        new("candidates", "Candidates",
            [new ReportColumn("k", "k"), new ReportColumn("inertia", "Inertia"), new ReportColumn("silhouette", "Silhouette"), new ReportColumn("note", "", Numeric: false)],
            [.. search.Candidates.Select(c => new ReportRow($"{c.K}",
                [Cell.Int(c.K), Cell.Number(c.Inertia, 2), Cell.Number(c.Silhouette, 3),
                 string.Join(", ", new[] { c.K == chosen ? "chosen" : null, c.K == search.ElbowK ? "elbow" : null, c.K == search.BestSilhouetteK ? "best silhouette" : null }.OfType<string>())],
                Highlight: c.K == chosen))]);

    private static ReportTable Profiles(IReadOnlyList<ClusterSummary> clusters, RfmTable rfm) =>
        new("clusters", "Cluster profiles",
            [
                new ReportColumn("cluster", "Cluster", Numeric: false), new ReportColumn("customers", "Customers"), new ReportColumn("customer-share", "Share of customers"),
                new ReportColumn("revenue-share", "Share of revenue"), new ReportColumn("recency", "Mean recency (days)"), new ReportColumn("frequency", "Mean orders"),
                new ReportColumn("monetary", "Mean revenue"),
            ],
            [.. clusters.OrderByDescending(c => c.RevenueShare).Select(c => new ReportRow(c.Label,
                [c.Label, Cell.Int(c.Size), Cell.Share(Ratio(c.Size, rfm.Customers.Count)), Cell.Share(c.RevenueShare),
                 Cell.Number(c.Recency, 1), Cell.Number(c.Frequency, 1), Cell.Number(c.Monetary, 0)]))],
            "Means are over the cluster's customers; clusters are ordered by their share of revenue.");

    private static ReportAction Action(ClusterSummary cluster, RfmTable rfm)
    {
        var customers = rfm.Customers;
        var spendRatio = Ratio(cluster.Monetary, customers.Average(c => c.Monetary));
        var facts = $"{Integer(cluster.Size)} customers ({Percent(Ratio(cluster.Size, customers.Count))}), {Percent(cluster.RevenueShare)} of revenue; " +
            $"last order {Integer(cluster.Recency)} days ago on average, {Fixed(cluster.Frequency, 1)} orders and {Integer(cluster.Monetary)} revenue each " +
            $"({Fixed(spendRatio, 1)}× the average customer).";
        var play = ClusterPlaybook.For(cluster.Label);
        return new ReportAction(cluster.Label, cluster.Label, facts, [play.Campaigns, play.Retention, play.Inventory]);
    }
}
