using System.Globalization;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>Numbers and dates as the dashboard shows them, always in the invariant culture.</summary>
public static class Fmt
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Money(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Decimal(double value, int digits = 2) => value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateTime value) => value.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
