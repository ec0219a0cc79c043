namespace ShopperSpectrum.Recommendation;

/// <summary>Settings of <see cref="SvdRecommender"/>; defaults are the seed's TruncatedSVD (50 components, scikit-learn's randomized solver).</summary>
public sealed record SvdOptions
{
    /// <summary>Number of singular vectors kept.</summary>
    public int Components { get; init; } = 50;

    /// <summary>Extra random directions sampled beyond <see cref="Components"/> to make the range finder accurate.</summary>
    public int Oversamples { get; init; } = 10;

    /// <summary>Power iterations of the range finder.</summary>
    public int PowerIterations { get; init; } = 5;

    /// <summary>Seed of the random test matrix.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Components, 1, nameof(Components));
        ArgumentOutOfRangeException.ThrowIfNegative(Oversamples, nameof(Oversamples));
        ArgumentOutOfRangeException.ThrowIfNegative(PowerIterations, nameof(PowerIterations));
    }
}
