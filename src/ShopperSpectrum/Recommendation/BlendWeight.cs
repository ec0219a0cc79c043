namespace ShopperSpectrum.Recommendation;

/// <summary>One strategy of the shop-facing blend and its weight.</summary>
public readonly record struct BlendWeight(string Strategy, double Weight);
