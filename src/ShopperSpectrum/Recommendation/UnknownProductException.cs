namespace ShopperSpectrum.Recommendation;

/// <summary>A product id or name the loaded recommender's catalogue does not hold.</summary>
public sealed class UnknownProductException(string product, string message) : ArgumentException(message)
{
    /// <summary>The id or name fragment that was asked for.</summary>
    public string Product { get; } = product;
}
