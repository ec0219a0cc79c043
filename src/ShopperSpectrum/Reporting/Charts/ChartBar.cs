namespace ShopperSpectrum.Reporting.Charts;

/// <summary>One category of a <see cref="BarChart"/>: one value per series, each with the text drawn at the bar's end.</summary>
/// <param name="Label">The category.</param>
/// <param name="Values">One value per series of the chart.</param>
/// <param name="Highlight">Draw the category's bars in the accent colour.</param>
public sealed record ChartBar(string Label, IReadOnlyList<ChartValue> Values, bool Highlight = false)
{
    /// <summary>A single-series bar.</summary>
    public static ChartBar Of(string label, double value, string text, bool highlight = false) => new(label, [new ChartValue(value, text)], highlight);
}

/// <summary>A value and how it is printed.</summary>
public readonly record struct ChartValue(double Value, string Text);
