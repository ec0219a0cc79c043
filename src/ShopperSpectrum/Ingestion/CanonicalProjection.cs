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
        var unmapped = sourceTypes.Keys.Where(c => !layout.Expressions.Values.Any(e => e.Contains(Sql.Identifier(c), StringComparison.Ordinal))).ToList();
        var lineHash = unmapped.Count == 0 ? "0" : $"hash({string.Join(", ", unmapped.Select(Sql.Identifier))})";
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
    public static string DistinctCleanSelect(string staged)
    {
        var columns = string.Join(", ", CanonicalColumns.All.Select(Sql.Identifier));
        return $"SELECT {columns} FROM (SELECT DISTINCT {columns}, line_hash FROM {staged} WHERE rule IS NULL)";
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
            return $"regexp_replace({text}, '^(-?[0-9]+)\\.0+$', '\\1')";
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
