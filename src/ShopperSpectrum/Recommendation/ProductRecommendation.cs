namespace ShopperSpectrum.Recommendation;

/// <summary>One recommended product, its score (higher is better) and a reason a person can read.</summary>
public sealed record ProductRecommendation(string ProductId, string Name, float Score, string Reason);
