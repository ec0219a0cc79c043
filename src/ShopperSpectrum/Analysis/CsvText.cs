using System.Globalization;

namespace ShopperSpectrum.Analysis;

/// <summary>RFC 4180 fields with invariant number formatting.</summary>
public static class CsvText
{
    /// <summary>The value as one field: quoted (quotes doubled) when it holds a comma, quote or line break.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>A number with at most four decimals, invariant culture.</summary>
    public static string Number(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>One line of fields: strings quoted as needed, numbers invariant.</summary>
    public static string Line(params object[] fields) => string.Join(",", fields.Select(f => f switch
    {
        string s => Field(s),
        double d => Number(d),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(f.ToString() ?? ""),
    }));
}
