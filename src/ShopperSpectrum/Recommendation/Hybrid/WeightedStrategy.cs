namespace ShopperSpectrum.Recommendation;

/// <summary>One strategy of a hybrid and the weight of its min–max normalised scores.</summary>
public sealed record WeightedStrategy(IRecommender Strategy, double Weight);
