namespace ShopperSpectrum.Segmentation;

/// <summary>One k tried by <see cref="ClusterSearch.Run"/>: its fit and its two quality measures.</summary>
/// <param name="K">Number of clusters.</param>
/// <param name="Inertia">Sum of squared distances to the nearest centre (lower is tighter).</param>
/// <param name="Silhouette">Mean silhouette (higher is better separated); NaN if fewer than two clusters are non-empty.</param>
/// <param name="Fit">The k-means fit.</param>
public sealed record ClusterCandidate(int K, double Inertia, double Silhouette, KMeansFit Fit);
