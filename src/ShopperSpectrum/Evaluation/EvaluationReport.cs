namespace ShopperSpectrum.Evaluation;

/// <summary>Every strategy judged on one temporal holdout.</summary>
/// <param name="Cutoff">Training lines are strictly before this moment, test lines at or after it.</param>
/// <param name="HoldoutDays">Length of the holdout window in days.</param>
/// <param name="TrainingCustomers">Customers with at least one training line.</param>
/// <param name="TrainingProducts">Products with at least one training line (the catalogue recommenders know).</param>
/// <param name="EvaluatedCustomers">Training customers who bought a product new to them in the holdout.</param>
/// <param name="K">Length of each recommendation list.</param>
/// <param name="Strategies">One result per strategy, in the order they were given.</param>
/// <param name="DefaultStrategy">The name of the strategy the shop gets by default.</param>
/// <param name="DefaultBySegment">The default strategy's figures per customer segment of the training window (empty when no segments were given).</param>
public sealed record EvaluationReport(
    DateTime Cutoff,
    int HoldoutDays,
    int TrainingCustomers,
    int TrainingProducts,
    int EvaluatedCustomers,
    int K,
    IReadOnlyList<StrategyResult> Strategies,
    string DefaultStrategy,
    IReadOnlyList<SegmentResult> DefaultBySegment);
