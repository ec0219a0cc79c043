namespace ShopperSpectrum.Evaluation;

/// <summary>One recommender's figures on the holdout, averaged over the evaluated customers.</summary>
/// <param name="Name">The strategy's short name.</param>
/// <param name="PrecisionAtK">Mean precision@k.</param>
/// <param name="RecallAtK">Mean recall@k.</param>
/// <param name="NdcgAtK">Mean NDCG@k.</param>
/// <param name="HitRateAtK">Share of customers with at least one hit in their top k.</param>
/// <param name="MapAtK">Mean average precision at k.</param>
/// <param name="Coverage">Distinct recommended products / training products.</param>
/// <param name="FitMs">Milliseconds to fit on the training data (<see cref="Evaluator"/> judges two strategies at a time, so another's work shares the machine).</param>
/// <param name="RecommendMs">Mean milliseconds per customer to score every product and pick the top k (timed as <paramref name="FitMs"/> is).</param>
public sealed record StrategyResult(
    string Name,
    double PrecisionAtK,
    double RecallAtK,
    double NdcgAtK,
    double HitRateAtK,
    double MapAtK,
    double Coverage,
    double FitMs,
    double RecommendMs);
