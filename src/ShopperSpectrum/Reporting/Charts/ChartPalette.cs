namespace ShopperSpectrum.Reporting.Charts;

/// <summary>The report's colours: one blue for data, one orange for what is marked, greys for the frame; readable in print.</summary>
public static class ChartPalette
{
    /// <summary>The colour of ordinary bars, lines and points.</summary>
    public const string Primary = "#2f5d8a";

    /// <summary>The colour of a highlighted mark (the chosen k, the default recommender).</summary>
    public const string Accent = "#d9731a";

    /// <summary>The colour of the second series in a grouped chart.</summary>
    public const string Secondary = "#8fb3d6";

    /// <summary>Axis lines and tick labels.</summary>
    public const string Axis = "#5b6470";

    /// <summary>Grid lines.</summary>
    public const string Grid = "#e3e7ec";

    /// <summary>Titles and value labels.</summary>
    public const string Ink = "#1d2733";

    /// <summary>The colour series take in order.</summary>
    public static IReadOnlyList<string> Series { get; } = [Primary, Secondary, Accent, "#6a9f58", "#8c6bb1"];

    /// <summary>A colour between white (<paramref name="t"/> = 0) and <see cref="Primary"/> (<paramref name="t"/> = 1), for heatmaps.</summary>
    public static string Ramp(double t)
    {
        t = Math.Clamp(double.IsNaN(t) ? 0 : t, 0, 1);
        // From a near-white blue to the primary blue.
        static int Mix(int from, int to, double t) => (int)Math.Round(from + ((to - from) * t));
        return $"#{Mix(0xf3, 0x2f, t):x2}{Mix(0xf7, 0x5d, t):x2}{Mix(0xfb, 0x8a, t):x2}";
    }
}
