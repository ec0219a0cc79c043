using ShopperSpectrum.Evaluation;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The evaluation page's charts: every strategy's ranking metrics, and the default strategy's per segment.</summary>
public static class EvaluationCharts
{
    public static ChartSpec Strategies(EvaluationReport report)
    {
        var names = report.Strategies.Select(s => s.Name).ToList();
        return Charts.GroupedBars($"Ranking quality at k = {report.K}", names,
        [
            ("Precision", [.. report.Strategies.Select(s => Math.Round(s.PrecisionAtK, 4))]),
            ("Recall", [.. report.Strategies.Select(s => Math.Round(s.RecallAtK, 4))]),
            ("NDCG", [.. report.Strategies.Select(s => Math.Round(s.NdcgAtK, 4))]),
            ("Hit rate", [.. report.Strategies.Select(s => Math.Round(s.HitRateAtK, 4))]),
        ], "Score");
    }

    public static ChartSpec Segments(EvaluationReport report) =>
        Charts.Bars($"{report.DefaultStrategy}: NDCG@{report.K} per segment", report.DefaultBySegment.Select(s => s.Segment),
            report.DefaultBySegment.Select(s => Math.Round(s.NdcgAtK, 4)), $"NDCG@{report.K}", "", horizontal: true, color: ChartPalette.Secondary, height: 360);
}
