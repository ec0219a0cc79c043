namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>How a recommendation list is asked for (query string).</summary>
/// <param name="Top">Length of the list, 1 to 100 (default 10).</param>
/// <param name="Strategy">The strategy that ranks: "hybrid" (default) or one of the parts it blends.</param>
/// <param name="ExcludePurchased">Leave out what the customer already bought (default true).</param>
/// <param name="Explain">Give each product a reason a person can read (default true).</param>
public readonly record struct RecommendationParameters(int? Top, string? Strategy, bool? ExcludePurchased, bool? Explain);
