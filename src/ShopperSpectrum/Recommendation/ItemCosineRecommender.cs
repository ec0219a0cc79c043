using System.Numerics.Tensors;

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
        // count(i, j) / √(buyers(i) · buyers(j)) as two vector products with 1/√buyers; a product nobody bought has no counts.
        var inverseRoots = new float[n];
        for (var j = 0; j < n; j++)
        {
            var count = buyers.RowIndices(j).Length;
            inverseRoots[j] = count == 0 ? 0 : (float)(1 / Math.Sqrt(count));
        }
        Parallel.For(0, n, i =>
        {
            var row = similarity.AsSpan(i * n, n);
            TensorPrimitives.Multiply(row, inverseRoots, row);
            TensorPrimitives.Multiply(row, inverseRoots[i], row);
            row[i] = 0;
        });
        return new ItemCosineModel(Name, data.Products, bought, buyers, similarity);
    }
}
