namespace ShopperSpectrum.Segmentation;

/// <summary>How customers are segmented; defaults are the seeds' choices.</summary>
public sealed record SegmenterOptions
{
    /// <summary>The number of clusters to keep, or null to take the k with the best silhouette.</summary>
    public int? Clusters { get; init; } = 4;

    /// <summary>The smallest k tried.</summary>
    public int MinClusters { get; init; } = 2;

    /// <summary>The largest k tried.</summary>
    public int MaxClusters { get; init; } = 10;

    /// <summary>K-Means restarts, iterations and seed.</summary>
    public KMeansOptions KMeans { get; init; } = new();

    /// <summary>Above this many customers the silhouette is computed on a seeded sample of this size.</summary>
    public int MaxExactSilhouette { get; init; } = 20_000;

    /// <summary>The map from RFM scores to named segments.</summary>
    public RfmSegmentMap SegmentMap { get; init; } = RfmSegmentMap.Standard;
}
