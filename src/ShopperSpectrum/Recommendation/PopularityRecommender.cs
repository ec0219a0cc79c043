namespace ShopperSpectrum.Recommendation;

/// <summary>Recommends what the most customers bought: score = distinct buyers per product (the seeds' baseline).</summary>
public sealed class PopularityRecommender : IRecommender
{
    /// <inheritdoc />
    public string Name => "popularity";

    /// <inheritdoc />
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var buyers = new float[data.ProductCount];
        foreach (var product in data.Bought.ColumnIndices)
        {
            buyers[product]++;
        }
        return new PopularityModel(Name, buyers);
    }
}
