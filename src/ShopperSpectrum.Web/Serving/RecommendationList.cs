namespace ShopperSpectrum.Web.Serving;

/// <summary>A customer's recommendations from one model version, best first.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="ModelVersion">The model version that ranked them.</param>
/// <param name="Strategy">The strategy that ranked them.</param>
/// <param name="Products">The products, best first.</param>
public sealed record RecommendationList(string CustomerId, int ModelVersion, string Strategy, IReadOnlyList<RecommendedProduct> Products);

/// <summary>One recommended product: its id, name, score (higher is better) and, when asked for, a reason a person can read.</summary>
public sealed record RecommendedProduct(string ProductId, string Name, float Score, string? Reason);
