namespace ShopperSpectrum.Ingestion;

/// <summary>The SQL that turns a source relation into typed canonical columns and names the cleaning rule each line breaks.</summary>
internal sealed class CanonicalProjection(SourceLayout layout, IReadOnlyDictionary<string, string> sourceTypes)
{
    /// <summary>The format name used when the source stores real timestamps rather than text.</summary>
    public const string NativeDates = "native";

    private static readonly string[] IdColumns = [CanonicalColumns.OrderId, CanonicalColumns.CustomerId, CanonicalColumns.ProductId];
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

    public string StagedSelect(string relation, string dateFormat)
    {
        var typed = CanonicalColumns.All.Select(c => $"{Typed(c, dateFormat)} AS {Sql.Identifier(c)}");
        var lineHash = $"hash({string.Join(", ", sourceTypes.Keys.Select(Sql.Identifier))})";
        return $"""
            SELECT *, CASE
                WHEN customer_id IS NULL THEN '{CleaningRules.MissingCustomer}'
                {(layout.CancelledWhen is null ? "" : $"WHEN coalesce({layout.CancelledWhen}, false) THEN '{CleaningRules.Cancelled}'")}
                WHEN product_id IS NULL THEN '{CleaningRules.MissingProduct}'
                WHEN "timestamp" IS NULL THEN '{CleaningRules.UnreadableDate}'
                WHEN coalesce(quantity, 0) <= 0 THEN '{CleaningRules.NonPositiveQuantity}'
                WHEN coalesce(unit_price, 0) <= 0 THEN '{CleaningRules.NonPositivePrice}'
            END AS rule
            FROM (SELECT {string.Join(", ", typed)}, {lineHash} AS line_hash FROM {relation})
            """;
    }

    /// <summary>The clean lines with exact duplicates (every source column equal) kept once.</summary>
    /// <remarks>
    /// Lines are compared by a 64-bit hash of every source column together with customer and time: four times faster
    /// than DISTINCT over every column, and two different lines of one customer at one instant would have to collide.
    /// </remarks>
    public static string DistinctCleanSelect(string staged)
    {
        var columns = string.Join(", ", CanonicalColumns.All.Select(Sql.Identifier));
        return $"SELECT DISTINCT ON (line_hash, customer_id, \"timestamp\") {columns} FROM {staged} WHERE rule IS NULL";
    }

    private string Typed(string canonical, string dateFormat)
    {
        if (!layout.Expressions.TryGetValue(canonical, out var expression))
        {
            return NumberColumns.Contains(canonical) ? "CAST(NULL AS DOUBLE)"
                : canonical == CanonicalColumns.Timestamp ? "CAST(NULL AS TIMESTAMP)"
                : "CAST(NULL AS VARCHAR)";
        }
        var text = $"nullif(trim(CAST(({expression}) AS VARCHAR)), '')";
        if (IdColumns.Contains(canonical))
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
