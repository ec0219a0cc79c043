namespace ShopperSpectrum.Ingestion;

/// <summary>How a source's columns become canonical columns: one SQL expression over source columns per canonical column.</summary>
/// <param name="Name">The layout's name as shown to users (for example "UCI Online Retail").</param>
/// <param name="Expressions">Canonical column name to SQL expression over the source's quoted column names.</param>
/// <param name="CancelledWhen">A SQL predicate over canonical columns that marks a cancelled line, if the layout has one.</param>
public sealed record SourceLayout(string Name, IReadOnlyDictionary<string, string> Expressions, string? CancelledWhen);
