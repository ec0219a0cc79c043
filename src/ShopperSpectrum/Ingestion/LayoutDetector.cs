using System.Text.RegularExpressions;

namespace ShopperSpectrum.Ingestion;

/// <summary>Chooses how a source's columns map onto the canonical columns.</summary>
internal static partial class LayoutDetector
{
    /// <summary>A known layout when its signature columns are all present, else a mapping by column-name synonyms; user overrides win.</summary>
    public static SourceLayout Detect(IReadOnlyList<string> sourceColumns, IReadOnlyDictionary<string, string> overrides, string fileName)
    {
        var layout = KnownLayout(sourceColumns) ?? BySynonyms(sourceColumns);
        layout = ApplyOverrides(layout, sourceColumns, overrides);
        var missing = CanonicalColumns.Required.Where(c => !layout.Expressions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new IngestionException(
                $"Cannot map the columns of {fileName} to transactions: no column for {string.Join(", ", missing)}. " +
                $"Columns found: {string.Join(", ", sourceColumns)}. " +
                $"Name them with --map, for example --map {missing[0]}=\"{sourceColumns.FirstOrDefault() ?? "Column"}\".");
        }
        return layout;
    }

    public static bool LooksLikeTransactions(IReadOnlyList<string> columns) =>
        KnownLayout(columns) is not null ||
        CanonicalColumns.Required.Count(c => BySynonyms(columns).Expressions.ContainsKey(c)) >= 4;

    private static SourceLayout? KnownLayout(IReadOnlyList<string> columns)
    {
        var present = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        foreach (var (layout, signature) in KnownLayouts.All)
        {
            if (signature.All(present.Contains))
            {
                return Rebind(layout, columns);
            }
        }
        return null;
    }

    /// <summary>Rewrites the layout's quoted column names to the file's own spelling (matching is case-blind) and drops optional columns the file lacks.</summary>
    private static SourceLayout Rebind(SourceLayout layout, IReadOnlyList<string> columns)
    {
        var present = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        var expressions = layout.Expressions
            .Where(e => QuotedNames().Matches(e.Value).All(m => present.Contains(m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal))))
            .ToDictionary(e => e.Key, e =>
            {
                var sql = e.Value;
                foreach (var column in columns)
                {
                    sql = sql.Replace(Sql.Identifier(column), Sql.Identifier(column), StringComparison.OrdinalIgnoreCase);
                }
                return sql;
            });
        return layout with { Expressions = expressions };
    }

    /// <summary>A double-quoted SQL identifier; generated at build time, so no regex is compiled at start-up.</summary>
    [GeneratedRegex("\"((?:[^\"]|\"\")*)\"")]
    private static partial Regex QuotedNames();

    private static SourceLayout BySynonyms(IReadOnlyList<string> columns)
    {
        var byKey = new Dictionary<string, string>();
        foreach (var column in columns)
        {
            byKey.TryAdd(Key(column), column);
        }
        var expressions = new Dictionary<string, string>();
        var used = new HashSet<string>();
        foreach (var (canonical, synonyms) in KnownLayouts.Synonyms)
        {
            var match = synonyms.Select(Key).Where(byKey.ContainsKey).Select(k => byKey[k]).FirstOrDefault(used.Add);
            if (match is not null)
            {
                expressions[canonical] = Sql.Identifier(match);
            }
        }
        var cancelled = expressions.ContainsKey(CanonicalColumns.Status)
            ? "lower(status) IN ('cancelled', 'canceled', 'voided', 'refunded')"
            : null;
        var isCanonical = CanonicalColumns.Required.All(c => columns.Contains(c, StringComparer.OrdinalIgnoreCase));
        return new SourceLayout(isCanonical ? "canonical" : "mapped by column names", expressions, cancelled);
    }

    private static SourceLayout ApplyOverrides(SourceLayout layout, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string> overrides)
    {
        if (overrides.Count == 0)
        {
            return layout;
        }
        var expressions = new Dictionary<string, string>(layout.Expressions);
        foreach (var (canonical, source) in overrides)
        {
            if (!CanonicalColumns.All.Contains(canonical))
            {
                throw new IngestionException(
                    $"--map {canonical}={source}: '{canonical}' is not a transaction column; use one of {string.Join(", ", CanonicalColumns.All)}.");
            }
            var column = columns.FirstOrDefault(c => string.Equals(c, source, StringComparison.OrdinalIgnoreCase))
                ?? throw new IngestionException(
                    $"--map {canonical}={source}: the file has no column '{source}'; its columns are {string.Join(", ", columns)}.");
            expressions[canonical] = Sql.Identifier(column);
        }
        var name = layout.Name == "mapped by column names" ? "mapped with --map" : layout.Name + " with --map";
        return layout with { Name = name, Expressions = expressions };
    }

    private static string Key(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
