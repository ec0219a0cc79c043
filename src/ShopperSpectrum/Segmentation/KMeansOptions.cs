namespace ShopperSpectrum.Segmentation;

/// <summary>Settings of <see cref="KMeans.Fit(double[], int, int, KMeansOptions)"/>, with scikit-learn's defaults.</summary>
public sealed record KMeansOptions
{
    /// <summary>Gets the number of independent k-means++ initialisations; the run with the lowest inertia wins.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Gets the maximum number of Lloyd iterations per run.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Gets the relative tolerance: a run stops when the summed squared centre shift is at most this times the mean feature variance.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Gets the seed from which every random choice is derived.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// Gets the most points the restarts run on: with more, every restart runs on the same seeded sample of this many points and
    /// only the best restart's centres are refined by Lloyd iterations on all points, so restarts cost the same at any size.
    /// </summary>
    public int RestartSample { get; init; } = 100_000;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Restarts, 1, nameof(Restarts));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        ArgumentOutOfRangeException.ThrowIfNegative(Tolerance, nameof(Tolerance));
        ArgumentOutOfRangeException.ThrowIfLessThan(RestartSample, 1, nameof(RestartSample));
    }
}
