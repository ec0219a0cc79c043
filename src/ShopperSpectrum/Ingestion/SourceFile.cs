using System.IO.Compression;
using System.Text.Unicode;

namespace ShopperSpectrum.Ingestion;

/// <summary>A user's file: its format, checked to exist and hold something, with the facts readers need.</summary>
internal sealed record SourceFile(string Path, SourceFormat Format, string DisplayName)
{
    private const int EncodingProbeBytes = 1 << 20;

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

    /// <summary>UTF-8 when the first megabyte is valid UTF-8, else Latin-1 (the encoding of the original UCI export).</summary>
    public string ProbeCsvEncoding()
    {
        using var file = File.OpenRead(Path);
        using Stream stream = IsGzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        var buffer = new byte[EncodingProbeBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var probe = buffer.AsSpan(0, read);
        // A multi-byte character may be cut at the end of the probe: judge only whole characters.
        var cut = Math.Max(0, read - 4);
        while (cut > 0 && cut < read && (probe[cut] & 0xC0) == 0x80)
        {
            cut--;
        }
        return Utf8.IsValid(read == buffer.Length ? probe[..cut] : probe) ? "utf-8" : "latin-1";
    }
}
