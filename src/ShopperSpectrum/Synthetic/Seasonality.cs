namespace ShopperSpectrum.Synthetic;

/// <summary>How busy a calendar day is: a gift wholesaler's autumn peak, quiet weekends, closed over Christmas.</summary>
internal static class Seasonality
{
    private static readonly double[] MonthWeights = [0.7, 0.7, 0.85, 0.8, 0.85, 0.85, 0.85, 0.9, 1.15, 1.3, 1.6, 1.1];

    // Sunday first, as DayOfWeek counts.
    private static readonly double[] WeekdayWeights = [0.45, 1.0, 1.05, 1.05, 1.1, 0.85, 0.2];

    public static double DayWeight(DateTime date)
    {
        if (date is { Month: 12, Day: 25 or 26 } or { Month: 1, Day: 1 })
        {
            return 0.02;
        }

        return MonthWeights[date.Month - 1] * WeekdayWeights[(int)date.DayOfWeek];
    }

    /// <summary>The share of baskets built around a Christmas theme in the given month.</summary>
    public static double ChristmasShare(int month) => month switch
    {
        9 => 0.10,
        10 => 0.20,
        11 => 0.30,
        12 => 0.25,
        _ => 0.01,
    };
}
