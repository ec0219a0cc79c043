namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The dashboard's colours: one palette for the theme and every chart, so a cluster or segment keeps its colour everywhere.</summary>
public static class ChartPalette
{
    public const string Primary = "#3f51b5";
    public const string Secondary = "#00897b";
    public const string Accent = "#f4511e";
    public const string Text = "#37474f";
    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

    private static readonly string[] Series = ["#3f51b5", "#00897b", "#f4511e", "#8e24aa", "#fbc02d", "#039be5", "#6d4c41", "#c2185b", "#7cb342", "#546e7a", "#5e35b1"];

    public static string Of(int index) => Series[((index % Series.Length) + Series.Length) % Series.Length];
}
