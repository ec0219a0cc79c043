namespace ShopperSpectrum.Ingestion;

/// <summary>What the user says about a file that detection cannot know.</summary>
public sealed record ImportOptions
{
    /// <summary>Canonical column to source column, overriding detection (the CLI's <c>--map canonical=source</c>).</summary>
    public IReadOnlyDictionary<string, string> ColumnMap { get; init; } = new Dictionary<string, string>();

    /// <summary>A strptime format for the timestamp column (for example <c>%d/%m/%Y %H:%M</c>); detected when null.</summary>
    public string? DateFormat { get; init; }
}
