using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Reporting.Charts;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Section 5: every recommender on the temporal holdout, the seeds' methods beside ours, the default marked.</summary>
internal static class RecommendationSection
{
    /// <summary>The methods of the seeds' notebooks, measured here on the same protocol (EVALUATION.md).</summary>
    private static readonly HashSet<string> SeedMethods = new(StringComparer.Ordinal) { "popularity", "item_cosine", "svd", "content", "user_knn", "ease" };

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["popularity"] = "most distinct buyers",
        ["trending_7d"] = "most buyers in the last 7 days",
        ["item_cosine"] = "item-item cosine on who bought what",
        ["ease"] = "EASE linear item model (Steck 2019)",
        ["als"] = "implicit ALS matrix factorisation",
        ["svd"] = "truncated SVD, 50 components",
        ["item_knn"] = "item-kNN, recency and repeat weighted",
        ["user_knn"] = "user-kNN inside the customer's RFM cluster",
        ["content"] = "TF-IDF of names and product attributes",
        ["hybrid"] = "weighted blend, weights tuned on a validation window",
    };

    public static ReportSection Build(EvaluationReport? report, string? problem)
    {
        const string Title = "Recommendations: how well each method predicts the next purchases";
        if (report is null)
        {
            return new ReportSection("recommendations", Title,
                [new ReportParagraph($"The recommenders could not be evaluated on this file: {problem}")]);
        }
        var k = report.K;
        var byDefault = report.Strategies.Single(s => s.Name == report.DefaultStrategy);
        var intro = $"Every recommender was trained on the lines before {report.Cutoff:yyyy-MM-dd} ({Integer(report.TrainingCustomers)} customers, " +
            $"{Integer(report.TrainingProducts)} products) and asked for {k} products per customer, never one they had already bought. " +
            $"It is judged on the last {report.HoldoutDays} days: {Integer(report.EvaluatedCustomers)} customers bought something new to them there. " +
            $"The {report.DefaultStrategy} is what the shop gets by default; its weights were chosen on a window before the test, never on the test itself.";
        var blocks = new List<ReportBlock> { new ReportParagraph(intro), Table(report), new ReportParagraph(Verdict(report, byDefault)), Chart(report) };
        if (report.DefaultBySegment.Count > 0)
        {
            blocks.Add(BySegment(report));
        }
        return new ReportSection("recommendations", Title, blocks);
    }

    private static string Verdict(EvaluationReport report, StrategyResult byDefault)
    {
        var seeds = report.Strategies.Where(s => SeedMethods.Contains(s.Name)).ToList();
        var verdict = $"The {byDefault.Name} puts at least one product the customer went on to buy in the top {report.K} for {Percent(byDefault.HitRateAtK)} of the evaluated customers " +
            $"(NDCG@{report.K} {Fixed(byDefault.NdcgAtK, 4)}).";
        if (seeds.Count == 0)
        {
            return verdict;
        }
        var bestSeed = seeds.MaxBy(s => s.NdcgAtK)!;
        var lift = Ratio(byDefault.NdcgAtK - bestSeed.NdcgAtK, bestSeed.NdcgAtK);
        verdict += $" The best of the seeds' methods, {bestSeed.Name}, reaches {Fixed(bestSeed.NdcgAtK, 4)}: the default is " +
            (lift >= 0 ? $"{Percent(lift)} better." : $"{Percent(-lift)} worse.");
        var better = report.Strategies.Where(s => s.NdcgAtK > byDefault.NdcgAtK).OrderByDescending(s => s.NdcgAtK).ToList();
        return better.Count == 0 ? verdict
            : verdict + $" On this test window {string.Join(", ", better.Select(s => $"{s.Name} ({Fixed(s.NdcgAtK, 4)})"))} scored higher than the default; " +
              "the default is fixed in advance, so one window does not change it, but it is worth watching.";
    }

    private static ReportTable Table(EvaluationReport report)
    {
        var k = report.K;
        return new ReportTable("evaluation", $"Recommenders on the holdout, top {k}",
            [
                new ReportColumn("strategy", "Method", Numeric: false), new ReportColumn("what", "What it is", Numeric: false),
                new ReportColumn("precision", $"P@{k}"), new ReportColumn("recall", $"R@{k}"), new ReportColumn("ndcg", $"NDCG@{k}"),
                new ReportColumn("hit-rate", $"Hit@{k}"), new ReportColumn("map", $"MAP@{k}"), new ReportColumn("coverage", "Coverage"), new ReportColumn("fit-seconds", "Fit (s)"),
            ],
            [.. report.Strategies.Select(s => new ReportRow(s.Name,
                [s.Name, Descriptions.GetValueOrDefault(s.Name, ""), Cell.Number(s.PrecisionAtK, 4), Cell.Number(s.RecallAtK, 4), Cell.Number(s.NdcgAtK, 4),
                 Cell.Number(s.HitRateAtK, 3), Cell.Number(s.MapAtK, 4), Cell.Number(s.Coverage, 3), Cell.Seconds(s.FitMs)],
                Tags(s.Name, report), Highlight: s.Name == report.DefaultStrategy))],
            "P = precision, R = recall, NDCG = normalised discounted cumulative gain, Hit = share of customers with at least one hit, MAP = mean average precision; " +
            "coverage = share of the catalogue recommended to someone; fit = seconds to fit, two methods judged at a time, so each beside another's work. \"seeds' method\" marks the methods of the seeds' notebooks, measured here on the same protocol.");
    }

    private static string[] Tags(string name, EvaluationReport report) =>
        [.. new[] { SeedMethods.Contains(name) ? ReportTags.Seed : null, name == report.DefaultStrategy ? ReportTags.Default : null }.OfType<string>()];

    private static ReportFigure Chart(EvaluationReport report) =>
        new("ndcg", new BarChart($"NDCG@{report.K} by method", $"NDCG@{report.K}",
                [.. report.Strategies.OrderByDescending(s => s.NdcgAtK).Select(s => ChartBar.Of(
                    SeedMethods.Contains(s.Name) ? $"{s.Name} (seeds')" : s.Name, s.NdcgAtK, Fixed(s.NdcgAtK, 4), s.Name == report.DefaultStrategy))]),
            $"Higher is better; the default ({report.DefaultStrategy}) in orange.");

    private static ReportTable BySegment(EvaluationReport report)
    {
        var k = report.K;
        return new ReportTable("evaluation-by-cluster", $"The {report.DefaultStrategy} by customer cluster",
            [
                new ReportColumn("cluster", "Cluster", Numeric: false), new ReportColumn("customers", "Evaluated customers"), new ReportColumn("precision", $"P@{k}"),
                new ReportColumn("recall", $"R@{k}"), new ReportColumn("ndcg", $"NDCG@{k}"), new ReportColumn("hit-rate", $"Hit@{k}"), new ReportColumn("map", $"MAP@{k}"),
            ],
            [.. report.DefaultBySegment.Select(s => new ReportRow(s.Segment,
                [s.Segment, Cell.Int(s.Customers), Cell.Number(s.PrecisionAtK, 4), Cell.Number(s.RecallAtK, 4), Cell.Number(s.NdcgAtK, 4), Cell.Number(s.HitRateAtK, 3), Cell.Number(s.MapAtK, 4)]))],
            "Clusters here are fitted on the training window only, so nothing from the test window leaks into them.");
    }
}
