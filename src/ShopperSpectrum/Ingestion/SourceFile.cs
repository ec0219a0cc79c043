namespace ShopperSpectrum.Ingestion;

/// <summary>A user's file: its format, checked to exist and hold something, with the facts readers need.</summary>
internal sealed record SourceFile(string Path, SourceFormat Format, string DisplayName)
{
    public static SourceFile Open(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new IngestionException($"{path} is a folder; give the path of a transactions file (CSV, CSV.gz, XLSX or Parquet).");
        }
        if (!File.Exists(path))
        {
            throw new IngestionException($"File not found: {path}. Check the path, or run `spectrum generate -o sample.csv` to make a sample.");
        }
        if (new FileInfo(path).Length == 0)
        {
            throw new IngestionException($"{name} is empty (0 bytes). Export the transactions again, with a header row and at least one line.");
        }
        return new SourceFile(System.IO.Path.GetFullPath(path), FormatOf(path), name);
    }

    private static SourceFormat FormatOf(string path)
    {
        var lower = path.ToLowerInvariant();
        if (lower.EndsWith(".xlsx", StringComparison.Ordinal) || lower.EndsWith(".xlsm", StringComparison.Ordinal))
        {
            return SourceFormat.Xlsx;
        }
        if (lower.EndsWith(".parquet", StringComparison.Ordinal))
        {
            return SourceFormat.Parquet;
        }
        if (lower.EndsWith(".xls", StringComparison.Ordinal))
        {
            throw new IngestionException($"{System.IO.Path.GetFileName(path)} is an old Excel 97 workbook; save it as .xlsx or .csv and try again.");
        }
        return SourceFormat.Csv;
    }

    public bool IsGzip => Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>About how many bytes the file's text takes once decompressed (gzip and Parquet store it about five times smaller).</summary>
    public long UncompressedBytes => new FileInfo(Path).Length * (IsGzip || Format == SourceFormat.Parquet ? 5 : 1);
}
