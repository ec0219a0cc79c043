using DuckDB.NET.Data;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The first lines of an uploaded file as its own columns, so a user can see what was detected and how to map it.</summary>
public sealed record FilePreview(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public const int Lines = 8;

    /// <summary>Reads the head of a CSV (also gzipped) or Parquet file with an in-memory DuckDB; null for a workbook or a file DuckDB cannot read.</summary>
    public static FilePreview? Read(string path)
    {
        var lower = path.ToLowerInvariant();
        var reader = lower.EndsWith(".parquet", StringComparison.Ordinal) ? "read_parquet" : lower.EndsWith(".xlsx", StringComparison.Ordinal) || lower.EndsWith(".xlsm", StringComparison.Ordinal) ? null : "read_csv";
        if (reader is null)
        {
            return null;
        }
        try
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            var options = reader == "read_csv" ? ", all_varchar = true, ignore_errors = true" : "";
            command.CommandText = $"SELECT * FROM {reader}('{path.Replace("'", "''", StringComparison.Ordinal)}'{options}) LIMIT {Lines}";
            using var rows = command.ExecuteReader();
            var columns = Enumerable.Range(0, rows.FieldCount).Select(rows.GetName).ToList();
            var lines = new List<IReadOnlyList<string>>();
            while (rows.Read())
            {
                lines.Add([.. Enumerable.Range(0, rows.FieldCount).Select(i => rows.IsDBNull(i) ? "" : Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
            }
            return new FilePreview(columns, lines);
        }
        catch (DuckDBException)
        {
            return null;
        }
    }
}
