using System.Globalization;

namespace ShopperSpectrum.Reporting;

/// <summary>Numbers as the report prints them, always in the invariant culture.</summary>
internal static class NumberText
{
    public static string Integer(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Fixed(double value, int decimals) =>
        value.ToString("#,##0." + new string('0', decimals), CultureInfo.InvariantCulture);

    public static string Percent(double share) => Fixed(share * 100, share is > 0 and < 0.001 ? 2 : 1) + "%";

    /// <summary>part / whole, or 0 when there is no whole.</summary>
    public static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;

    /// <summary>Short axis labels: 950, 1.2k, 35k, 1.5M.</summary>
    public static string Compact(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1e9 => Trim(value / 1e9) + "B",
            >= 1e6 => Trim(value / 1e6) + "M",
            >= 1e4 => Trim(value / 1e3) + "k",
            >= 1 or 0 => Trim(value),
            _ => value.ToString("0.###", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The exact value for a data attribute: round-trips to the same double.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An SVG coordinate: one decimal is finer than a pixel.</summary>
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Trim(double value) => value.ToString(Math.Abs(value) < 10 ? "#,##0.#" : "#,##0", CultureInfo.InvariantCulture);
}
