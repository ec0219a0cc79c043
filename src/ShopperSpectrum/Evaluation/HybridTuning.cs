using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Evaluation;

/// <summary>The weights a tuner chose, the validation NDCG they reach, and each strategy's own validation NDCG.</summary>
public sealed record HybridTuning(IReadOnlyList<WeightedStrategy> Weights, double ValidationNdcg, IReadOnlyDictionary<string, double> SingleNdcg);
