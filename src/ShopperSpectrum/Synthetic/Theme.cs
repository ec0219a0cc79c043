namespace ShopperSpectrum.Synthetic;

/// <summary>A collection of products sharing a motif, brand and line, which customers buy together.</summary>
internal sealed record Theme(string Motif, string Brand, string ProductLine, string[] ProductTypes, string[] Palette, bool Seasonal);
