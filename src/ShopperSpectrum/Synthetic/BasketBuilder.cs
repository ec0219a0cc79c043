namespace ShopperSpectrum.Synthetic;

/// <summary>
/// Chooses the products of one order: re-bought favourites, then products of the basket's theme, of the customer's
/// other favourite themes, or of the whole catalogue, without repeating a product within the order.
/// </summary>
internal sealed class BasketBuilder(Catalogue catalogue, ulong seed, Rng rng)
{
    private const int MaxLines = 300;
    private const int FavouriteProductCount = 6;
    private const double BasketThemeShare = 0.40;
    private const double FavouriteThemeShare = 0.15;

    private readonly int[] lines = new int[MaxLines];
    private readonly int[] favouriteThemes = new int[3];
    private readonly int[] favouriteProducts = new int[FavouriteProductCount];
    private int favouriteThemeCount;
    private int basketTheme;
    private double rebuy;
    private bool guest;
    private int count;

    /// <summary>The largest basket <see cref="Next"/> can fill.</summary>
    public static int Capacity => MaxLines;

    /// <summary>A customer's favourite themes and products, derived from a hash of the customer so nothing is stored.</summary>
    public void LoadFavourites(int customer)
    {
        favouriteThemeCount = 1 + (int)(Rng.HashUnit(seed, customer, 0) * 3);
        for (var j = 0; j < favouriteThemeCount; j++)
        {
            favouriteThemes[j] = catalogue.SampleTheme(Rng.HashUnit(seed, customer, 1 + j));
        }

        for (var k = 0; k < FavouriteProductCount; k++)
        {
            var theme = favouriteThemes[k % favouriteThemeCount];
            favouriteProducts[k] = catalogue.SampleProductInTheme(theme, Rng.HashUnit(seed, customer, 10 + k));
        }
    }

    /// <summary>Starts an order, for the customer last loaded unless it is a guest's; sets the basket's theme.</summary>
    public void Begin(double rebuyProbability, bool isGuest, double christmasShare)
    {
        rebuy = rebuyProbability;
        guest = isGuest;
        count = 0;
        basketTheme = catalogue.HasSeasonalThemes && rng.Chance(christmasShare)
            ? catalogue.SampleSeasonalTheme(rng)
            : guest ? catalogue.SampleTheme(rng.NextDouble()) : favouriteThemes[rng.Next(favouriteThemeCount)];
    }

    /// <summary>The next product of the order, distinct from the earlier ones unless several draws collide.</summary>
    public int Next()
    {
        var product = Pick();
        for (var attempt = 0; attempt < 8 && lines.AsSpan(0, count).Contains(product); attempt++)
        {
            // Later attempts leave the customer's habits for the whole catalogue, which rarely repeats.
            product = attempt < 4 ? Pick() : catalogue.SampleProduct(rng);
        }

        if (count < MaxLines)
        {
            lines[count++] = product;
        }

        return product;
    }

    private int Pick()
    {
        var u = rng.NextDouble();
        if (u < rebuy)
        {
            return favouriteProducts[rng.Next(FavouriteProductCount)];
        }

        var v = (u - rebuy) / (1 - rebuy);
        if (v < BasketThemeShare)
        {
            return catalogue.SampleProductInTheme(basketTheme, rng.NextDouble());
        }

        if (!guest && v < BasketThemeShare + FavouriteThemeShare)
        {
            return catalogue.SampleProductInTheme(favouriteThemes[rng.Next(favouriteThemeCount)], rng.NextDouble());
        }

        return catalogue.SampleProduct(rng);
    }
}
