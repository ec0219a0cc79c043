namespace ShopperSpectrum.Recommendation;

/// <summary>Blends strategies: each one's scores min–max normalised over the catalogue, then summed with weights.</summary>
/// <remarks>With <paramref name="segmentWeights"/>, a customer's segment chooses the weights (segment-aware blending); others use <paramref name="parts"/>' weights.</remarks>
public sealed class HybridRecommender(
    IReadOnlyList<WeightedStrategy> parts,
    Func<InteractionData, int[]>? segmentsOf = null,
    IReadOnlyDictionary<int, double[]>? segmentWeights = null) : IRecommender
{
    /// <inheritdoc/>
    public string Name => "hybrid";

    /// <summary>The blended strategies and their default weights.</summary>
    public IReadOnlyList<WeightedStrategy> Parts => parts;

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count, nameof(parts));
        var models = new IRecommenderModel[parts.Count];
        Parallel.For(0, parts.Count, i => models[i] = parts[i].Strategy.Fit(data));
        var defaults = parts.Select(p => p.Weight).ToArray();
        var segments = segmentsOf?.Invoke(data);
        var weights = new double[data.CustomerCount][];
        for (var customer = 0; customer < weights.Length; customer++)
        {
            weights[customer] = segments is not null && segmentWeights is not null && segmentWeights.TryGetValue(segments[customer], out var w)
                ? w
                : defaults;
        }
        return new HybridModel(models, weights, data.ProductCount);
    }
}
