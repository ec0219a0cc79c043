namespace ShopperSpectrum.Recommendation;

/// <summary>Product-to-product cosine on who bought them, computed on demand: cosine(i, j) = co-buyers / √(buyers_i · buyers_j).</summary>
internal sealed class CoPurchaseSimilarity(InteractionMatrix bought)
{
    private readonly Lazy<InteractionMatrix> buyers = new(bought.Transpose);

    /// <summary>How many customers bought the product.</summary>
    public int Buyers(int product) => buyers.Value.RowIndices(product).Length;

    /// <summary>The <paramref name="top"/> products closest to <paramref name="product"/> with at least one co-buyer, best first.</summary>
    public IReadOnlyList<(int Product, float Cosine, int CoBuyers)> Top(int product, int top)
    {
        var byProduct = buyers.Value;
        var shared = new float[bought.Columns];
        foreach (var customer in byProduct.RowIndices(product))
        {
            foreach (var other in bought.RowIndices(customer))
            {
                shared[other]++;
            }
        }
        var cosine = new float[shared.Length];
        var own = byProduct.RowIndices(product).Length;
        for (var other = 0; other < cosine.Length; other++)
        {
            cosine[other] = other == product || shared[other] == 0
                ? float.NaN
                : (float)(shared[other] / Math.Sqrt((double)own * byProduct.RowIndices(other).Length));
        }
        var chosen = new int[top];
        var count = TopN.Select(cosine, ReadOnlySpan<int>.Empty, chosen);
        return [.. chosen.Take(count).Select(p => (p, cosine[p], (int)shared[p]))];
    }
}
