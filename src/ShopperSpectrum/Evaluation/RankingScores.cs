namespace ShopperSpectrum.Evaluation;

/// <summary>How good one customer's top-k list is against the products they went on to buy.</summary>
/// <param name="Precision">Hits / k.</param>
/// <param name="Recall">Hits / number of relevant products.</param>
/// <param name="Ndcg">Discounted cumulative gain (binary gain, log2 discount) over the ideal one.</param>
/// <param name="Hit">1 when the list holds at least one relevant product, else 0.</param>
/// <param name="AveragePrecision">Average precision at k: Σ precision@i over hit positions i, divided by min(relevant, k).</param>
public readonly record struct RankingScores(double Precision, double Recall, double Ndcg, double Hit, double AveragePrecision);
