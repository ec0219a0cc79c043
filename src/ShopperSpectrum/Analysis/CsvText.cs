using System.Globalization;

namespace ShopperSpectrum.Analysis;

/// <summary>RFC 4180 fields with invariant number formatting.</summary>
internal static class CsvText
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string Number(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    public static string Line(params object[] fields) => string.Join(",", fields.Select(f => f switch
    {
        string s => Field(s),
        double d => Number(d),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(f.ToString() ?? ""),
    }));
}
