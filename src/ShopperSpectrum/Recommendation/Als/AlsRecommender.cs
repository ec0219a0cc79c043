using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>Implicit-feedback matrix factorisation (Hu, Koren and Volinsky 2008) by alternating least squares with conjugate-gradient row solves.</summary>
public sealed class AlsRecommender : IRecommender
{
    private readonly AlsOptions options;

    /// <summary>Creates the strategy with the given settings, or the defaults.</summary>
    public AlsRecommender(AlsOptions? options = null)
    {
        this.options = options ?? new AlsOptions();
        this.options.Validate();
    }

    /// <inheritdoc/>
    public string Name => "als";

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (alpha, log) = (options.Alpha, options.LogScaleOrders);
        var confidence = data.Orders.Map(r => alpha * (log ? MathF.Log(1 + r) : r));
        var byProduct = confidence.Transpose();
        var rank = options.Factors;
        var random = new Random(options.Seed);
        // Small positive starting factors, as the implicit library draws them.
        var customers = Initial(random, data.CustomerCount * rank);
        var products = Initial(random, data.ProductCount * rank);
        for (var i = 0; i < options.Iterations; i++)
        {
            ImplicitConjugateGradient.Sweep(customers, products, rank, confidence, options.Regularization, options.ConjugateGradientSteps);
            ImplicitConjugateGradient.Sweep(products, customers, rank, byProduct, options.Regularization, options.ConjugateGradientSteps);
        }
        var productsT = new float[rank * data.ProductCount];
        for (var p = 0; p < data.ProductCount; p++)
        {
            for (var f = 0; f < rank; f++)
            {
                productsT[(f * data.ProductCount) + p] = products[(p * rank) + f];
            }
        }
        return new LatentFactorModel(Name, customers, productsT, rank, data, "Customers with tastes like yours buy it");
    }

    private static float[] Initial(Random random, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)(random.NextDouble() * 0.01);
        }
        return values;
    }
}
