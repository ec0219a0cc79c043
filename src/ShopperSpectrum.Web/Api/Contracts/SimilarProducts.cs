using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>Products bought by the same customers as a product, best first.</summary>
public sealed record SimilarProducts(int ModelVersion, Product Product, IReadOnlyList<RecommendedProduct> Similar);
