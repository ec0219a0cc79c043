using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>The stored model versions, oldest first, and the one serving.</summary>
public sealed record ModelVersions(int? Active, IReadOnlyList<ModelInfo> Versions);
