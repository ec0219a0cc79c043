using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>EASE (Steck 2019): a closed-form item-item linear model, B = I − P·diag(1/diag P) with P = (XᵀX + λI)⁻¹ and a zero diagonal.</summary>
/// <param name="lambda">L2 regularisation λ added to the diagonal of XᵀX.</param>
public sealed class EaseRecommender(double lambda = 250) : IRecommender
{
    /// <inheritdoc />
    public string Name => "ease";

    /// <summary>The L2 regularisation λ.</summary>
    public double Lambda { get; } = lambda > 0 ? lambda : throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be positive.");

    /// <inheritdoc />
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.ProductCount;
        CoPurchases.EnsureDenseFits(n, Name);
        var bought = data.Bought;
        var counts = CoPurchases.Count(bought, bought.Transpose());
        var gram = new double[(long)n * n];
        Parallel.For(0, n, i =>
        {
            var source = counts.AsSpan(i * n, n);
            var target = gram.AsSpan(i * n, n);
            for (var j = 0; j < n; j++)
            {
                target[j] = source[j];
            }
            target[i] += Lambda;
        });
        SymmetricInverse.Invert(gram, n);
        // Reuse the counts' memory for B: row i holds B[i, j] = −P[i, j] / P[j, j].
        var weights = counts;
        Parallel.For(0, n, i =>
        {
            var source = gram.AsSpan(i * n, n);
            var target = weights.AsSpan(i * n, n);
            for (var j = 0; j < n; j++)
            {
                target[j] = (float)(-source[j] / gram[(long)j * n + j]);
            }
            target[i] = 0;
        });
        return new EaseModel(Name, data.Products, bought, weights);
    }
}
