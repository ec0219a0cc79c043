namespace ShopperSpectrum.Reporting.Charts;

/// <summary>A linear axis from <see cref="Min"/> to <see cref="Max"/> with ticks at round steps (1, 2 or 5 times a power of ten).</summary>
internal sealed record NiceScale(double Min, double Max, double Step)
{
    /// <summary>A scale covering <paramref name="low"/> to <paramref name="high"/> (and zero) with about <paramref name="ticks"/> ticks.</summary>
    public static NiceScale Covering(double low, double high, int ticks = 5)
    {
        (low, high) = (Math.Min(low, 0), Math.Max(high, 0));
        if (high - low <= 0 || !double.IsFinite(high - low))
        {
            high = low + 1;
        }
        var rough = (high - low) / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / magnitude) switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 5 => 5,
            _ => 10,
        } * magnitude;
        return new NiceScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        return Enumerable.Range(0, count + 1).Select(i => Min + (i * Step));
    }

    /// <summary>Where <paramref name="value"/> falls between 0 (<see cref="Min"/>) and 1 (<see cref="Max"/>).</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);
}
