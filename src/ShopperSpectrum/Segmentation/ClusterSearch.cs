namespace ShopperSpectrum.Segmentation;

/// <summary>Chooses the number of clusters by fitting a range of k and scoring each by inertia (elbow) and silhouette.</summary>
public static class ClusterSearch
{
    /// <summary>
    /// Fits k = <paramref name="kMin"/>..<paramref name="kMax"/> and scores each; the silhouette is exact when
    /// n ≤ <paramref name="maxExactSilhouette"/>, otherwise computed on a random sample of that many points seeded by
    /// <see cref="KMeansOptions.Seed"/> (the same sample for every k, reported in the result).
    /// </summary>
    /// <param name="points">Row-major n × d matrix of scaled points.</param>
    /// <param name="dimensions">Number of features per point.</param>
    /// <param name="kMin">Smallest k, at least 2.</param>
    /// <param name="kMax">Largest k, at most n − 1.</param>
    /// <param name="options">k-means settings, used unchanged for every k.</param>
    /// <param name="maxExactSilhouette">Largest n for the exact O(n²) silhouette, and the sample size above it.</param>
    /// <returns>The candidates and the suggested k.</returns>
    public static ClusterSearchResult Run(
        double[] points, int dimensions, int kMin, int kMax, KMeansOptions options, int maxExactSilhouette = 20_000)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var count = Matrix.RowCount(points, dimensions);
        ArgumentOutOfRangeException.ThrowIfLessThan(kMin, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(kMax, kMin);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kMax, count - 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExactSilhouette, 3);

        var matrix = PointMatrix.FromRows(points, dimensions);
        var sampled = count > maxExactSilhouette;
        var sample = sampled ? Sample(count, maxExactSilhouette, options.Seed) : null;
        var candidates = new List<ClusterCandidate>(kMax - kMin + 1);
        for (var k = kMin; k <= kMax; k++)
        {
            var fit = KMeans.Fit(matrix, k, options);
            var silhouette = Silhouette.Compute(points, dimensions, fit.Labels, k, sample);
            candidates.Add(new ClusterCandidate(k, fit.Model.Inertia, silhouette, fit));
        }

        var elbow = ElbowLocator.Find(candidates.Select(c => c.K).ToArray(), candidates.Select(c => c.Inertia).ToArray());
        var best = candidates[0];
        foreach (var candidate in candidates)
        {
            if (candidate.Silhouette > best.Silhouette || (double.IsNaN(best.Silhouette) && !double.IsNaN(candidate.Silhouette)))
            {
                best = candidate;
            }
        }

        return new ClusterSearchResult(
            candidates, elbow, best.K, sampled ? maxExactSilhouette : count, options.Seed, sampled);
    }

    /// <summary>Draws <paramref name="size"/> distinct indices below <paramref name="count"/> (partial Fisher–Yates), in increasing order.</summary>
    internal static int[] Sample(int count, int size, int seed)
    {
        var random = new Random(seed);
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = i;
        }

        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, count);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }

        var sample = indices[..size];
        Array.Sort(sample);
        return sample;
    }
}
