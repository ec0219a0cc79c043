using System.Globalization;
using DuckDB.NET.Data;
using MiniExcelLibs;

namespace ShopperSpectrum.Ingestion;

/// <summary>Streams the transactions sheet of a workbook into a DuckDB table of text columns.</summary>
internal static class XlsxSource
{
    private const int HeaderSearchRows = 30;

    /// <summary>Finds the first sheet with a header row that maps to transactions and appends its rows to <paramref name="table"/>.</summary>
    public static IReadOnlyList<string> Load(DuckDBConnection connection, SourceFile file, string table)
    {
        IReadOnlyList<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(file.Path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new IngestionException($"{file.DisplayName} is not a readable .xlsx workbook ({e.Message.TrimEnd('.')}). Open it in Excel and save it again, or export a CSV.");
        }
        foreach (var sheet in sheets)
        {
            Dictionary<string, string>? header;
            int headerRows;
            using (var search = Rows(file, sheet, lastColumn: null).GetEnumerator())
            {
                (header, headerRows) = FindHeader(search);
            }
            if (header is null)
            {
                continue;
            }
            // MiniExcel fills every row out to the width the sheet declares (column IV, 256 cells, in the KPMG workbook), and each
            // cell it sets searches the row's cells so far: read up to the header's last column only (20,000 rows: 2 s, not 8 s).
            using var rows = Rows(file, sheet, header.Keys.Max(ColumnNumber)).GetEnumerator();
            for (var skipped = 0; skipped < headerRows; skipped++)
            {
                rows.MoveNext();
            }
            var columns = ColumnNames.Unique(header.Values);
            Create(connection, table, columns);
            Append(connection, table, header.Keys, rows);
            return columns;
        }
        throw new IngestionException(
            $"No sheet of {file.DisplayName} has a header row of transactions (sheets: {string.Join(", ", sheets)}). " +
            "Put the header (order, customer, product, date, quantity, price columns) in the first rows of a sheet, or export that sheet as CSV.");
    }

    /// <summary>A sheet's rows from column A to <paramref name="lastColumn"/> (1 = A; null: as wide as the sheet declares), cells by column letter.</summary>
    private static IEnumerable<IDictionary<string, object?>> Rows(SourceFile file, string sheet, int? lastColumn) =>
        MiniExcel.QueryRange(file.Path, useHeaderRow: false, sheet, ExcelType.XLSX, startRowIndex: 1, startColumnIndex: 1,
            endRowIndex: null, endColumnIndex: lastColumn).Cast<IDictionary<string, object?>>();

    /// <summary>The header's cells by column letter and the rows read up to and with it; null when none of the first rows maps to transactions.</summary>
    private static (Dictionary<string, string>? Header, int Rows) FindHeader(IEnumerator<IDictionary<string, object?>> rows)
    {
        for (var i = 0; i < HeaderSearchRows && rows.MoveNext(); i++)
        {
            var cells = rows.Current
                .Where(c => c.Value is string s && !string.IsNullOrWhiteSpace(s))
                .ToDictionary(c => c.Key, c => ((string)c.Value!).Trim());
            if (cells.Count >= 3 && LayoutDetector.LooksLikeTransactions([.. cells.Values]))
            {
                return (cells, i + 1);
            }
        }
        return (null, 0);
    }

    /// <summary>A column's number from its letters: A = 1, Z = 26, AA = 27.</summary>
    private static int ColumnNumber(string letters) => letters.Aggregate(0, (number, letter) => (number * 26) + char.ToUpperInvariant(letter) - 'A' + 1);

    private static void Create(DuckDBConnection connection, string table, IReadOnlyList<string> columns)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TABLE {table} ({string.Join(", ", columns.Select(c => Sql.Identifier(c) + " VARCHAR"))})";
        command.ExecuteNonQuery();
    }

    private static void Append(DuckDBConnection connection, string table, IEnumerable<string> letters, IEnumerator<IDictionary<string, object?>> rows)
    {
        var keys = letters.ToArray();
        using var appender = connection.CreateAppender(table);
        while (rows.MoveNext())
        {
            var cells = rows.Current;
            if (keys.All(k => !cells.TryGetValue(k, out var v) || v is null || v is string { Length: 0 }))
            {
                continue;
            }
            var row = appender.CreateRow();
            foreach (var key in keys)
            {
                row.AppendValue(cells.TryGetValue(key, out var value) ? Text(value) : null);
            }
            row.EndRow();
        }
    }

    /// <summary>A cell as the text a CSV export would hold: whole numbers without ".0", dates in ISO form.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
