namespace ShopperSpectrum.Ingestion;

/// <summary>The file formats a transaction log can arrive in.</summary>
public enum SourceFormat
{
    /// <summary>Delimited text, optionally gzip-compressed.</summary>
    Csv,
    /// <summary>An Excel workbook.</summary>
    Xlsx,
    /// <summary>An Apache Parquet file.</summary>
    Parquet,
}
