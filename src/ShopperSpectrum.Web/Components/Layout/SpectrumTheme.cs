using MudBlazor;
using ShopperSpectrum.Web.Dashboard;

namespace ShopperSpectrum.Web.Components.Layout;

/// <summary>The dashboard's theme: the chart palette's colours and a system font stack, so no font is fetched from anywhere.</summary>
public static class SpectrumTheme
{
    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = ChartPalette.Primary,
            Secondary = ChartPalette.Secondary,
            Tertiary = ChartPalette.Accent,
            AppbarBackground = ChartPalette.Primary,
            Background = "#f5f7fb",
            TextPrimary = "#263238",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.75rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = Fonts, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontWeight = "600" },
        },
    };
}
