namespace ShopperSpectrum.Segmentation;

/// <summary>An immutable fitted k-means model: the cluster centres and the inertia they achieved on the training points.</summary>
/// <param name="K">Number of clusters.</param>
/// <param name="Dimensions">Number of features per point.</param>
/// <param name="Centroids">Cluster centres, row-major k × d.</param>
/// <param name="Inertia">Sum of squared distances of the training points to their nearest centre.</param>
public sealed record KMeansModel(int K, int Dimensions, double[] Centroids, double Inertia)
{
    /// <summary>Returns the index of the nearest centre (the lowest index on a tie).</summary>
    /// <param name="point">A point in the scaled feature space.</param>
    /// <returns>The cluster index, 0 to <see cref="K"/> − 1.</returns>
    public int Predict(ReadOnlySpan<double> point)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(point.Length, Dimensions, nameof(point));
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var c = 0; c < K; c++)
        {
            var distance = DistanceKernels.SquaredDistance(point, Centroids.AsSpan(c * Dimensions, Dimensions));
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = c;
            }
        }

        return best;
    }
}
