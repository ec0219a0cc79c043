using DuckDB.NET.Data;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Ingestion;

/// <summary>Reads a file into DuckDB, maps it onto the canonical columns, cleans it and stores the <c>transactions</c> table.</summary>
internal sealed class TransactionImporter(DuckDBConnection connection)
{
    /// <summary>The view of clean transactions in canonical columns that every query reads.</summary>
    public const string TransactionsTable = "transactions";
    /// <summary>The stored clean lines: the canonical columns the source has, behind <see cref="TransactionsTable"/>.</summary>
    public const string LinesTable = "transaction_lines";
    private const string SourceTable = "source_rows";
    private const string StagedTable = "staged_rows";

    public ImportResult Import(string path, ImportOptions options)
    {
        var file = SourceFile.Open(path);
        var dialect = file.Format == SourceFormat.Csv ? CsvDialect.Sniff(file) : null;
        LineStore.ChooseFor(connection, file, options.OnDiskFromBytes);
        try
        {
            return ImportAs(file, dialect, options);
        }
        catch (DuckDBException e) when (dialect?.Encoding == "utf-8" && e.Message.Contains("unicode", StringComparison.OrdinalIgnoreCase))
        {
            // Valid UTF-8 at the start, Latin-1 further on: read it all as Latin-1.
            return ImportAs(file, dialect with { Encoding = "latin-1" }, options);
        }
        catch (DuckDBException e)
        {
            throw new IngestionException($"{file.DisplayName} could not be read as {Describe(file)}: {FirstLine(e.Message)}. Check that it is {Describe(file)} of transactions.");
        }
        finally
        {
            connection.Execute($"DROP TABLE IF EXISTS {StagedTable}; DROP TABLE IF EXISTS {SourceTable}; DROP TABLE IF EXISTS {SampleCheck.SampleTable}");
        }
    }

    private ImportResult ImportAs(SourceFile file, CsvDialect? dialect, ImportOptions options)
    {
        var relation = Relation(file, dialect);
        // A CSV's columns are the dialect's, all read as text; other sources tell DuckDB their own.
        var columns = dialect?.Columns.ToDictionary(c => c, _ => "VARCHAR", StringComparer.Ordinal) ?? Columns(relation);
        var layout = LayoutDetector.Detect([.. columns.Keys], options.ColumnMap, file.DisplayName);
        var projection = new CanonicalProjection(layout, columns);
        var sample = new SampleCheck(connection, relation, projection, file.DisplayName);
        sample.RequireRows();
        sample.RequireNumbers();
        var dateFormat = options.DateFormat ?? sample.DetectDateFormat();
        if (options.DateFormat is not null)
        {
            sample.RequireDates(options.DateFormat);
        }

        connection.Execute($"CREATE OR REPLACE TABLE {StagedTable} AS {projection.StagedSelect(relation, dateFormat, sample.IdsWrittenAsNumbers())}");
        var (report, kept) = Clean(file, projection);
        return new ImportResult(file.DisplayName, file.Format, layout.Name, dialect?.Encoding, dateFormat, report,
            kept.Customers, kept.Products, kept.First, kept.Last);
    }

    private string Relation(SourceFile file, CsvDialect? dialect)
    {
        switch (file.Format)
        {
            case SourceFormat.Parquet:
                return $"read_parquet({Sql.Literal(file.Path)})";
            case SourceFormat.Xlsx:
                XlsxSource.Load(connection, file, SourceTable);
                return SourceTable;
            default:
                return dialect!.ReadCsv(file.Path);
        }
    }

    /// <summary>The source's column names and DuckDB types, in file order.</summary>
    private Dictionary<string, string> Columns(string relation) =>
        connection.Query($"DESCRIBE SELECT * FROM {relation}", reader =>
        {
            var columns = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                columns[reader.GetString(0)] = reader.GetString(1);
            }
            return columns;
        });

    private (CleaningReport Report, KeptLines Kept) Clean(SourceFile file, CanonicalProjection projection)
    {
        var removed = CleaningRules.All.ToDictionary(r => r, _ => 0L);
        var kept = new KeptLines(0, 0, default, default);
        // Duplicates change neither who bought nor when: the lines no rule rejected describe the clean table already.
        var read = connection.Query(
            $"SELECT rule, count(*), count(DISTINCT customer_id), count(DISTINCT product_id), min(\"timestamp\"), max(\"timestamp\") FROM {StagedTable} GROUP BY rule",
            reader =>
            {
                long total = 0;
                while (reader.Read())
                {
                    total += reader.GetInt64(1);
                    if (!reader.IsDBNull(0))
                    {
                        removed[reader.GetString(0)] = reader.GetInt64(1);
                    }
                    else
                    {
                        kept = new KeptLines(reader.GetInt64(2), reader.GetInt64(3), reader.GetDateTime(4), reader.GetDateTime(5));
                    }
                }
                return total;
            });
        if (read == 0)
        {
            throw new IngestionException($"{file.DisplayName} has a header but no lines. Export the transactions again with their lines.");
        }
        connection.Execute(projection.KeepCleanDistinct(StagedTable));
        var clean = connection.Scalar<long>($"SELECT count(*) FROM {StagedTable}");
        removed[CleaningRules.DuplicateLine] = read - removed.Values.Sum() - clean;
        var steps = CleaningRules.All.Select(r => new CleaningStep(r, removed[r])).ToList();
        if (clean == 0)
        {
            var causes = string.Join(", ", steps.Where(s => s.RowsRemoved > 0).Select(s => $"{s.Rule} {s.RowsRemoved:N0}"));
            throw new IngestionException(
                $"Every one of the {read:N0} lines of {file.DisplayName} was removed by cleaning ({causes}). " +
                "Check that the right columns are mapped (--map) and that the file holds completed sales to known customers.");
        }
        // Replace what the workspace held in one transaction: a failed import above leaves the old lines in place.
        connection.Execute($"""
            BEGIN TRANSACTION;
            DROP TABLE IF EXISTS {LinesTable};
            ALTER TABLE {StagedTable} RENAME TO {LinesTable};
            CREATE OR REPLACE VIEW {TransactionsTable} AS {projection.CanonicalView(LinesTable)};
            COMMIT;
            """);
        return (new CleaningReport(read, clean, steps), kept);
    }

    /// <summary>Who and what the clean lines cover.</summary>
    private readonly record struct KeptLines(long Customers, long Products, DateTime First, DateTime Last);

    private static string Describe(SourceFile file) => file.Format switch
    {
        SourceFormat.Parquet => "a Parquet file",
        SourceFormat.Xlsx => "an Excel workbook",
        _ => file.IsGzip ? "a gzip-compressed CSV file" : "a CSV file",
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');
}
