namespace ShopperSpectrum.Segmentation;

/// <summary>The outcome of <see cref="ClusterSearch.Run"/>: every candidate k, the two suggested k, and how the silhouette was computed.</summary>
/// <param name="Candidates">One candidate per k, in increasing k.</param>
/// <param name="ElbowK">The k at the knee of the inertia curve: the point farthest below the chord joining the first and last points of the curve normalised to the unit square.</param>
/// <param name="BestSilhouetteK">The k with the highest silhouette (the smallest such k on a tie).</param>
/// <param name="SilhouetteSampleSize">Number of points the silhouette was computed on.</param>
/// <param name="SilhouetteSeed">Seed of the sample (the k-means seed); meaningful only when <paramref name="SilhouetteSampled"/>.</param>
/// <param name="SilhouetteSampled">True when the silhouette was computed on a random sample rather than on all points.</param>
public sealed record ClusterSearchResult(
    IReadOnlyList<ClusterCandidate> Candidates,
    int ElbowK,
    int BestSilhouetteK,
    int SilhouetteSampleSize,
    int SilhouetteSeed,
    bool SilhouetteSampled);
