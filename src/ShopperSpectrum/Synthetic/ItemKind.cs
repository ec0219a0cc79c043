namespace ShopperSpectrum.Synthetic;

/// <summary>A product noun of the vocabulary, e.g. "T-LIGHT HOLDER", with its product type and size.</summary>
internal sealed record ItemKind(string Noun, string ProductType, string Size);
