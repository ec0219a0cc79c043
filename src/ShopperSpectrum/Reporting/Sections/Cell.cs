using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Table cells for numbers: printed for people, exact in <c>data-value</c>.</summary>
internal static class Cell
{
    public static ReportCell Int(double value) => new(Integer(value), value);

    public static ReportCell Number(double value, int decimals) => new(Fixed(value, decimals), value);

    public static ReportCell Share(double share) => new(Percent(share), share);

    public static ReportCell Seconds(double milliseconds) => new(Fixed(milliseconds / 1_000, 2), milliseconds / 1_000);
}
