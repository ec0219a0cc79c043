namespace ShopperSpectrum.Synthetic;

/// <summary>The products and themes of a generated shop, with Zipf-skewed samplers for popularity.</summary>
internal sealed class Catalogue
{
    private readonly int[][] themeProducts;
    private readonly CumulativeSampler[] themeSamplers;
    private readonly CumulativeSampler globalSampler;
    private readonly CumulativeSampler themeSampler;
    private readonly int[] seasonalThemes;

    public Catalogue(Product[] products, Theme[] themes, double[] popularity)
    {
        Products = products;
        Themes = themes;
        globalSampler = new CumulativeSampler(popularity);
        themeProducts = new int[themes.Length][];
        themeSamplers = new CumulativeSampler[themes.Length];
        var themeWeights = new double[themes.Length];
        var byTheme = products.Select((product, index) => (product.Theme, index)).ToLookup(p => p.Theme, p => p.index);
        for (var t = 0; t < themes.Length; t++)
        {
            var members = byTheme[t].ToArray();
            themeProducts[t] = members;

            // Flatter within a theme than overall, so a collection's basket is not one bestseller over and over.
            var weights = new double[members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                weights[i] = DeterministicMath.Exp(0.7 * DeterministicMath.Log(popularity[members[i]]));
                themeWeights[t] += popularity[members[i]];
            }

            themeSamplers[t] = new CumulativeSampler(weights);
        }

        themeSampler = new CumulativeSampler(themeWeights);
        seasonalThemes = Enumerable.Range(0, themes.Length).Where(t => themes[t].Seasonal).ToArray();
    }

    public Product[] Products { get; }

    public Theme[] Themes { get; }

    public bool HasSeasonalThemes => seasonalThemes.Length > 0;

    /// <summary>A product drawn by overall popularity.</summary>
    public int SampleProduct(Rng rng) => globalSampler.Sample(rng);

    /// <summary>A product of the given theme, drawn by popularity within the theme.</summary>
    public int SampleProductInTheme(int theme, double unit) => themeProducts[theme][themeSamplers[theme].Sample(unit)];

    /// <summary>A theme drawn by the total popularity of its products.</summary>
    public int SampleTheme(double unit) => themeSampler.Sample(unit);

    public int SampleSeasonalTheme(Rng rng) => seasonalThemes[rng.Next(seasonalThemes.Length)];
}
