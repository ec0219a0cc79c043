using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>A dense products × products cosine matrix (zero diagonal) and who bought what, for scores and reasons.</summary>
internal sealed class ItemCosineModel(string name, IReadOnlyList<Product> products, InteractionMatrix bought, InteractionMatrix buyers, float[] similarity)
    : IRecommenderModel
{
    public string Name => name;

    public void Score(int customer, Span<float> scores) => CoPurchases.SumRows(similarity, bought.RowIndices(customer), scores);

    public string Explain(int customer, int product)
    {
        var n = products.Count;
        var (closest, best) = (-1, 0f);
        foreach (var owned in bought.RowIndices(customer))
        {
            if (similarity[owned * n + product] > best)
            {
                (closest, best) = (owned, similarity[owned * n + product]);
            }
        }
        return closest < 0
            ? "no customer bought it together with your products"
            : string.Format(CultureInfo.InvariantCulture, "bought with {0} by {1:N0} customers", products[closest].Name, CoPurchases.Shared(buyers, closest, product));
    }
}
