namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>The multipart form of an upload (for the API description; the endpoint reads the form itself to answer each mistake precisely).</summary>
/// <param name="File">The transactions file: CSV, CSV.gz, XLSX or Parquet.</param>
/// <param name="Map">Column maps, each canonical=source, e.g. customer_id=Kundennummer (repeat the field for more).</param>
/// <param name="DateFormat">strptime format of the date column, e.g. %d/%m/%Y %H:%M (detected when omitted).</param>
public sealed record UploadForm(IFormFile File, string[]? Map, string? DateFormat);
