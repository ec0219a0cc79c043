using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>Products whose name contains the search text, best match first.</summary>
public sealed record ProductMatches(int ModelVersion, string Search, IReadOnlyList<Product> Products);
