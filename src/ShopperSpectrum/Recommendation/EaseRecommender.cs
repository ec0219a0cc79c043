using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>EASE (Steck 2019): a closed-form item-item linear model, B = I − P·diag(1/diag P) with P = (XᵀX + λI)⁻¹ and a zero diagonal,
/// over the products with at least <see cref="MinBuyers"/> buyers (the others get no weights).</summary>
/// <param name="lambda">L2 regularisation λ added to the diagonal of XᵀX.</param>
/// <param name="recencyHalfLifeDays">When set, a customer's past purchases count less the longer ago they were made (halving every so many days) when scoring.</param>
/// <param name="name">The strategy's name in tables.</param>
/// <param name="maxProducts">The largest catalogue it fits: above it the strategy abstains (scores nothing) and a hybrid blends the others.</param>
public sealed class EaseRecommender(double lambda = 250, double? recencyHalfLifeDays = null, string name = "ease", int maxProducts = EaseRecommender.AffordableProducts) : IRecommender
{
    /// <summary>
    /// The default catalogue bound: the n × n inverse costs n³/2 multiply-adds and 4n² bytes, 0.31 s at 3,600 products on
    /// 2 cores, so about 3.5 s and 256 MiB at 8,000, but 17 s and 740 MiB at 13,600 (10M generated lines) and out of reach at 100,000.
    /// </summary>
    public const int AffordableProducts = 8_000;

    /// <inheritdoc />
    public string Name => name;

    /// <summary>The L2 regularisation λ.</summary>
    public double Lambda { get; } = lambda > 0 ? lambda : throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be positive.");

    /// <summary>B for each data set and λ fitted in this process: the plain and the recency-weighted strategies share one inversion.</summary>
    private static readonly ConditionalWeakTable<InteractionData, ConcurrentDictionary<double, Lazy<(int[] Kept, float[] Weights)>>> Fitted = [];

    /// <inheritdoc />
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.ProductCount > maxProducts)
        {
            return new AbstainedModel(Name, string.Create(CultureInfo.InvariantCulture,
                $"{Name} is not fitted on catalogues above {maxProducts:N0} products (this one has {data.ProductCount:N0}): its dense products × products inverse would cost too much."));
        }
        CoPurchases.EnsureDenseFits(data.ProductCount, Name);
        // B depends on the data and λ alone (recency only weighs a customer's rows when scoring), and is never written after the fit.
        var (kept, weights) = Fitted.GetOrCreateValue(data).GetOrAdd(Lambda, lambda => new Lazy<(int[], float[])>(() => Weights(data, lambda))).Value;
        return new EaseModel(Name, data, kept, weights, recencyHalfLifeDays is null ? null : HistoryWeights.From(recencyHalfLifeDays, repeatStrength: false));
    }

    /// <summary>
    /// The share of λ a product's buyers must reach for the product to take part in the inversion. Its diagonal entry is
    /// buyers + λ, so its weights, to and from it, are shrunk by about buyers / (buyers + λ): under 2% below λ/50 buyers
    /// (5 at λ = 250), where EASE's scores for and from it are next to zero anyway. Left out, it scores exactly zero, and the
    /// inversion, cubic in the products kept, shrinks: online_retail.csv keeps 3,072 of 3,625 products, 0.61 of the work.
    /// </summary>
    public const double SupportShareOfLambda = 0.02;

    /// <summary>The fewest buyers a product needs to be fitted: ⌈λ·<see cref="SupportShareOfLambda"/>⌉, at least one.</summary>
    public int MinBuyers => MinBuyersAt(Lambda);

    private static int MinBuyersAt(double lambda) => Math.Max(1, (int)Math.Ceiling(lambda * SupportShareOfLambda - 1e-9));

    /// <summary>The products fitted (ascending) and B over them, k × k.</summary>
    private static (int[] Kept, float[] Weights) Weights(InteractionData data, double lambda)
    {
        var n = data.ProductCount;
        var bought = data.Bought;
        var buyers = bought.Transpose();
        int[] kept = [.. Enumerable.Range(0, n).Where(product => buyers.RowIndices(product).Length >= MinBuyersAt(lambda))];
        var k = kept.Length;
        // G = XᵀX + λI over the kept products (k × k), inverted in place into P, then turned into B row by row.
        // Float32, not float64: on online_retail.csv every metric equals the float64 result to four decimals, at half the
        // memory and about twice the speed.
        var weights = new float[(long)k * k];
        CoPurchases.CountAmong(bought, buyers, kept, weights);
        for (var i = 0; i < k; i++)
        {
            weights[i * k + i] += (float)lambda;
        }
        if (k > 0)
        {
            SymmetricInverse.Invert(weights, k);
        }
        var diagonal = new float[k];
        for (var j = 0; j < k; j++)
        {
            diagonal[j] = weights[j * k + j];
        }
        // B = −P · diag(1/diag P) with a zero diagonal: each row reads only itself and the diagonal kept aside.
        Parallel.For(0, k, r =>
        {
            var row = weights.AsSpan(r * k, k);
            TensorPrimitives.Divide(row, diagonal, row);
            TensorPrimitives.Negate(row, row);
            row[r] = 0;
        });
        return (kept, weights);
    }
}
