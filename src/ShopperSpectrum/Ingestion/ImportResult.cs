namespace ShopperSpectrum.Ingestion;

/// <summary>What importing a file found: its layout, how it was read, and what cleaning kept.</summary>
public sealed record ImportResult(
    string FileName,
    SourceFormat Format,
    string Layout,
    string? Encoding,
    string DateFormat,
    CleaningReport Cleaning,
    long Customers,
    long Products,
    DateTime FirstTimestamp,
    DateTime LastTimestamp);
