namespace ShopperSpectrum.Recommendation;

/// <summary>A product of the catalogue, with the attributes content-based filtering reads.</summary>
public sealed record Product(
    string Id,
    string Name,
    string? Brand = null,
    string? ProductLine = null,
    string? ProductClass = null,
    string? ProductSize = null,
    string? ProductType = null);
