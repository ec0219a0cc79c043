namespace ShopperSpectrum.Ingestion;

/// <summary>The SQL that turns a source relation into typed canonical columns and names the cleaning rule each line breaks.</summary>
internal sealed class CanonicalProjection(SourceLayout layout, IReadOnlyDictionary<string, string> sourceTypes)
{
    /// <summary>The format name used when the source stores real timestamps rather than text.</summary>
    public const string NativeDates = "native";

    public static readonly string[] IdColumns = [CanonicalColumns.OrderId, CanonicalColumns.CustomerId, CanonicalColumns.ProductId];
    private static readonly string[] NumberColumns = [CanonicalColumns.Quantity, CanonicalColumns.UnitPrice, CanonicalColumns.NetSales];

    public IReadOnlyDictionary<string, string> Expressions => layout.Expressions;

    /// <summary>The source column behind a canonical column, for messages: its name when it is one column, else the expression.</summary>
    public string SourceName(string canonical)
    {
        var expression = layout.Expressions[canonical];
        return SourceColumn(expression) ?? expression;
    }

    /// <summary>True when the timestamp comes from a column the file already stores as a date or timestamp.</summary>
    public bool HasNativeDates =>
        SourceColumn(layout.Expressions[CanonicalColumns.Timestamp]) is { } column &&
        (sourceTypes[column].StartsWith("TIMESTAMP", StringComparison.Ordinal) || sourceTypes[column] == "DATE");

    /// <summary>The typed canonical columns the source has, the rule each line breaks, and a hash of the whole source line.</summary>
    /// <param name="relation">The source relation.</param>
    /// <param name="dateFormat">The timestamp column's format, or <see cref="NativeDates"/>.</param>
    /// <param name="wholeNumberIds">Id columns written as numbers (17850.0) to read as whole numbers (17850).</param>
    public string StagedSelect(string relation, string dateFormat, IReadOnlySet<string> wholeNumberIds)
    {
        var typed = PresentColumns.Select(c => $"{Typed(c, dateFormat, wholeNumberIds)} AS {Sql.Identifier(c)}");
        var source = sourceTypes.Keys.Select(Sql.Identifier).ToList();
        // A hash of every source column, so lines that differ only in a column no canonical column reads stay apart.
        var lineHash = $"hash({string.Join(", ", source)}) AS line_hash";
        return $"""
            SELECT *, CASE
                WHEN customer_id IS NULL THEN '{CleaningRules.MissingCustomer}'
                {(layout.CancelledWhen is null ? "" : $"WHEN coalesce({layout.CancelledWhen}, false) THEN '{CleaningRules.Cancelled}'")}
                WHEN product_id IS NULL THEN '{CleaningRules.MissingProduct}'
                WHEN "timestamp" IS NULL THEN '{CleaningRules.UnreadableDate}'
                WHEN coalesce(quantity, 0) <= 0 THEN '{CleaningRules.NonPositiveQuantity}'
                WHEN coalesce(unit_price, 0) <= 0 THEN '{CleaningRules.NonPositivePrice}'
            END AS rule
            FROM (SELECT {string.Join(", ", typed)}, {lineHash} FROM {relation})
            """;
    }

    /// <summary>Deletes the lines a rule rejected, then every copy of an exact duplicate line but the first.</summary>
    /// <remarks>
    /// Copies share the source-line hash and every canonical value. Grouping the few lines whose hash repeats, rather than
    /// every line, keeps this one cheap aggregate over a number column, not a sort or join of the whole table.
    /// </remarks>
    public string KeepCleanDistinct(string staged)
    {
        var values = string.Join(", ", PresentColumns.Select(Sql.Identifier));
        return $"""
            DELETE FROM {staged} WHERE rule IS NOT NULL;
            DELETE FROM {staged} WHERE rowid IN (
                SELECT rowid FROM (
                    SELECT rowid, row_number() OVER (PARTITION BY line_hash, {values} ORDER BY rowid) AS copy
                    FROM {staged}
                    WHERE line_hash IN (SELECT line_hash FROM {staged} GROUP BY line_hash HAVING count(*) > 1))
                WHERE copy > 1);
            """;
    }

    /// <summary>Every canonical column over the stored lines, NULL where the source had none.</summary>
    public string CanonicalView(string table)
    {
        var columns = CanonicalColumns.All.Select(c => layout.Expressions.ContainsKey(c)
            ? Sql.Identifier(c)
            : $"CAST(NULL AS {(NumberColumns.Contains(c) ? "DOUBLE" : "VARCHAR")}) AS {Sql.Identifier(c)}");
        return $"SELECT {string.Join(", ", columns)} FROM {table}";
    }

    private IEnumerable<string> PresentColumns => CanonicalColumns.All.Where(layout.Expressions.ContainsKey);

    private string Typed(string canonical, string dateFormat, IReadOnlySet<string> wholeNumberIds)
    {
        var expression = layout.Expressions[canonical];
        var text = $"nullif(CAST(({expression}) AS VARCHAR), '')";
        if (wholeNumberIds.Contains(canonical))
        {
            // A spreadsheet writes the id 17850 as 17850.0: drop the ".0" of whole numbers, keep every other id as written.
            return $"CASE WHEN suffix({text}, '.0') AND TRY_CAST(left({text}, -2) AS BIGINT) IS NOT NULL THEN left({text}, -2) ELSE {text} END";
        }
        if (NumberColumns.Contains(canonical))
        {
            return $"TRY_CAST(({expression}) AS DOUBLE)";
        }
        if (canonical == CanonicalColumns.Timestamp)
        {
            return dateFormat == NativeDates ? $"TRY_CAST(({expression}) AS TIMESTAMP)" : DateFormats.Parse(text, dateFormat);
        }
        return text;
    }

    private string? SourceColumn(string expression) =>
        sourceTypes.Keys.FirstOrDefault(c => Sql.Identifier(c) == expression);
}
