using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>The products a new customer of a segment or cluster is shown first: those most of its customers bought.</summary>
public sealed record GroupProducts(int ModelVersion, string Group, IReadOnlyList<RecommendedProduct> Products);
