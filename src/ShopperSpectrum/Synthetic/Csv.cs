namespace ShopperSpectrum.Synthetic;

/// <summary>RFC 4180 field escaping, applied once per catalogue entry rather than per line.</summary>
internal static class Csv
{
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
