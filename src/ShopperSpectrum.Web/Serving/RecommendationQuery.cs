namespace ShopperSpectrum.Web.Serving;

/// <summary>One validated request for a customer's list; equal queries on one model version get the same list.</summary>
internal readonly record struct RecommendationQuery(string CustomerId, int Top, string Strategy, bool ExcludePurchased, bool Explain);
