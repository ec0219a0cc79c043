using DuckDB.NET.Data;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Ingestion;

/// <summary>Checks the first lines of a source before the full load, so a wrong file or mapping fails fast with a clear message.</summary>
internal sealed class SampleCheck
{
    private const int SampleRows = 5_000;
    private const int DateProbeRows = 500;
    public const string SampleTable = "sample_rows";
    private static readonly string[] NumberColumns = [CanonicalColumns.Quantity, CanonicalColumns.UnitPrice, CanonicalColumns.NetSales];

    private readonly DuckDBConnection connection;
    private readonly CanonicalProjection projection;
    private readonly string fileName;

    public SampleCheck(DuckDBConnection connection, string relation, CanonicalProjection projection, string fileName)
    {
        this.connection = connection;
        this.projection = projection;
        this.fileName = fileName;
        var columns = projection.Expressions.Select(e => $"CAST(({e.Value}) AS VARCHAR) AS {Sql.Identifier(e.Key)}");
        connection.Execute($"CREATE OR REPLACE TEMP TABLE {SampleTable} AS SELECT {string.Join(", ", columns)} FROM {relation} LIMIT {SampleRows}");
    }

    public void RequireRows()
    {
        if (connection.Scalar<long>($"SELECT count(*) FROM {SampleTable}") == 0)
        {
            throw new IngestionException($"{fileName} has a header but no lines. Export the transactions again with their lines.");
        }
    }

    /// <summary>Fails when most non-empty values of a number column are not numbers: the wrong column is mapped.</summary>
    public void RequireNumbers()
    {
        foreach (var column in NumberColumns.Where(projection.Expressions.ContainsKey))
        {
            var value = Sql.Identifier(column);
            var (filled, read, example) = Counts(value, $"TRY_CAST({value} AS DOUBLE)");
            if (filled > 0 && read * 2 < filled)
            {
                throw new IngestionException(
                    $"Column '{projection.SourceName(column)}' ({column}) of {fileName} does not hold numbers (for example '{example}'). " +
                    $"Map the right column with --map {column}=COLUMN, or fix its values.");
            }
        }
    }

    /// <summary>The candidate format that reads the most sample dates; fails when none reads most of them.</summary>
    public string DetectDateFormat()
    {
        if (projection.HasNativeDates)
        {
            return CanonicalProjection.NativeDates;
        }
        var text = TimestampText;
        var (filled, iso, _) = Counts(TimestampColumn, DateFormats.Parse(text, DateFormats.Iso));
        if (filled > 0 && iso == filled)
        {
            return DateFormats.Iso;
        }
        // Failed parses are slow in DuckDB: judge the other formats on a few hundred dates only.
        var tried = DateFormats.Candidates.Select(f => $"count({DateFormats.Parse("d", f)})");
        var counts = connection.Query(
            $"SELECT {string.Join(", ", tried)} FROM (SELECT {text} AS d FROM {SampleTable} WHERE {text} IS NOT NULL LIMIT {DateProbeRows})",
            reader => reader.Read() ? Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt64).ToList() : []);
        var best = Enumerable.Range(0, counts.Count).MaxBy(i => counts[i]);
        RequireDates(DateFormats.Candidates[best]);
        return DateFormats.Candidates[best];
    }

    /// <summary>The id columns whose sample values are whole numbers written with ".0", as spreadsheets write them.</summary>
    public IReadOnlySet<string> IdsWrittenAsNumbers() =>
        CanonicalProjection.IdColumns
            .Where(projection.Expressions.ContainsKey)
            .Where(c => connection.Scalar<long>($"SELECT count(*) FROM {SampleTable} WHERE suffix({Sql.Identifier(c)}, '.0')") > 0)
            .ToHashSet();

    public void RequireDates(string format)
    {
        long filled, read;
        string? example;
        try
        {
            (filled, read, example) = Counts(TimestampColumn, DateFormats.Parse(TimestampText, format));
        }
        catch (DuckDBException e) when (e.Message.Contains("format specifier", StringComparison.OrdinalIgnoreCase))
        {
            throw new IngestionException(
                $"--date-format \"{format}\" is not a date format DuckDB can read. " +
                "Write it with strptime codes, for example --date-format \"%d/%m/%Y %H:%M\".");
        }
        var column = projection.SourceName(CanonicalColumns.Timestamp);
        if (filled == 0)
        {
            throw new IngestionException($"Column '{column}' (timestamp) of {fileName} is empty. Map the order date column with --map timestamp=COLUMN.");
        }
        if (read * 2 < filled)
        {
            throw new IngestionException(
                $"Column '{column}' of {fileName} holds dates that cannot be read, for example '{example}'. " +
                "Give their format with --date-format, for example --date-format \"%d/%m/%Y %H:%M\".");
        }
    }

    private static string TimestampColumn => Sql.Identifier(CanonicalColumns.Timestamp);

    private static string TimestampText => $"nullif(trim({TimestampColumn}), '')";

    private (long Filled, long Read, string? Example) Counts(string value, string parsed)
    {
        var sql = $"SELECT count(nullif(trim({value}), '')), count({parsed}), " +
            $"first({value}) FILTER (WHERE {parsed} IS NULL AND nullif(trim({value}), '') IS NOT NULL) FROM {SampleTable}";
        return connection.Query(sql, reader =>
        {
            reader.Read();
            return (reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        });
    }
}
