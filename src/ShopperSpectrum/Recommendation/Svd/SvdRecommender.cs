using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>Collaborative filtering by truncated SVD of the binary customer × product matrix: a customer's scores are their row projected onto the top components.</summary>
public sealed class SvdRecommender : IRecommender
{
    private readonly SvdOptions options;

    /// <summary>Creates the strategy with the given settings, or the seed's defaults.</summary>
    public SvdRecommender(SvdOptions? options = null)
    {
        this.options = options ?? new SvdOptions();
        this.options.Validate();
    }

    /// <inheritdoc/>
    public string Name => "svd";

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rank = Math.Min(options.Components, Math.Max(1, Math.Min(data.CustomerCount, data.ProductCount) - 1));
        var (userSigma, componentsT, _) = RandomizedSvd.Compute(data.Bought, rank, options.Oversamples, options.PowerIterations, options.Seed);
        var kept = componentsT.Length / Math.Max(1, data.ProductCount);
        return new LatentFactorModel(Name, userSigma, componentsT, kept, data, "Customers who buy like you buy it");
    }
}
