using ShopperSpectrum.Ingestion;

namespace ShopperSpectrum.Web.Storage;

/// <summary>An uploaded transactions file, imported into its own DuckDB database, with what import and cleaning found.</summary>
/// <param name="Id">The dataset's id, used in URLs and training requests.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Bytes">The uploaded file's size.</param>
/// <param name="UploadedUtc">When it was uploaded (UTC).</param>
/// <param name="Options">The column map and date format the upload gave.</param>
/// <param name="Import">Its layout, how it was read, the cleaning report, and the customers, products and dates it holds.</param>
public sealed record Dataset(string Id, string FileName, long Bytes, DateTime UploadedUtc, ImportOptions Options, ImportResult Import);
