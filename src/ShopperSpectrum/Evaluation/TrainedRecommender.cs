using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Evaluation;

/// <summary>A freshly fitted shop-facing recommender, how its blend was tuned, and how long fitting took.</summary>
public sealed record TrainedRecommender(ShopRecommender Recommender, HybridTuning Tuning, TimeSpan Elapsed);
