namespace ShopperSpectrum.Recommendation;

/// <summary>Recommends what the most customers bought: score = distinct buyers per product (the seeds' baseline).</summary>
/// <param name="recentDays">When set, only buyers within this many days of the data's end count: what is selling now ("trending").</param>
public sealed class PopularityRecommender(int? recentDays = null) : IRecommender
{
    /// <inheritdoc />
    public string Name => recentDays is null ? "popularity" : $"trending_{recentDays}d";

    /// <inheritdoc />
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var buyers = new float[data.ProductCount];
        var products = data.DaysSinceLast.ColumnIndices;
        var days = data.DaysSinceLast.Values;
        for (var i = 0; i < products.Length; i++)
        {
            if (recentDays is not { } window || days[i] < window)
            {
                buyers[products[i]]++;
            }
        }
        return new PopularityModel(Name, buyers, recentDays is { } period ? $" in the last {period} days" : "");
    }
}
