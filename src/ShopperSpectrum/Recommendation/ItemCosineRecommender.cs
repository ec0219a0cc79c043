namespace ShopperSpectrum.Recommendation;

/// <summary>Item-item cosine on the binary customer × product matrix; a customer's score is the sum of similarities to what they bought (seed 002).</summary>
public sealed class ItemCosineRecommender : IRecommender
{
    /// <inheritdoc />
    public string Name => "item_cosine";

    /// <inheritdoc />
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.ProductCount;
        CoPurchases.EnsureDenseFits(n, Name);
        var bought = data.Bought;
        var buyers = bought.Transpose();
        var similarity = CoPurchases.Count(bought, buyers);
        Parallel.For(0, n, i =>
        {
            var row = similarity.AsSpan(i * n, n);
            var ni = row[i];
            for (var j = 0; j < n; j++)
            {
                if (row[j] != 0)
                {
                    row[j] = (float)(row[j] / Math.Sqrt((double)ni * buyers.RowIndices(j).Length));
                }
            }
            row[i] = 0;
        });
        return new ItemCosineModel(Name, data.Products, bought, buyers, similarity);
    }
}
