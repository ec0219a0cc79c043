namespace ShopperSpectrum.Ingestion;

/// <summary>What the user says about a file that detection cannot know.</summary>
public sealed record ImportOptions
{
    /// <summary>Canonical column to source column, overriding detection (the CLI's <c>--map canonical=source</c>).</summary>
    public IReadOnlyDictionary<string, string> ColumnMap { get; init; } = new Dictionary<string, string>();

    /// <summary>A strptime format for the timestamp column (for example <c>%d/%m/%Y %H:%M</c>); detected when null.</summary>
    public string? DateFormat { get; init; }

    /// <summary>The source size, uncompressed, from which an in-memory workspace keeps the lines in a compressed database file.</summary>
    internal long OnDiskFromBytes { get; init; } = LineStore.OnDiskFromBytes;

    /// <summary>Reads <c>canonical=source</c> pairs into a column map; <paramref name="option"/> is how the user wrote them (<c>--map </c>, <c>map=</c>), for the message.</summary>
    /// <exception cref="ArgumentException">A pair is not of the form canonical=source.</exception>
    public static Dictionary<string, string> ParseColumnMap(IEnumerable<string> pairs, string option)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new ArgumentException($"{option}{pair}: write it as canonical=source, e.g. {option}customer_id=CustomerNo.");
            }
            map[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
        return map;
    }
}
