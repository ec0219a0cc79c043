namespace ShopperSpectrum.Segmentation;

/// <summary>
/// scikit-learn's k-means: greedy k-means++ seeding, Lloyd iterations until the summed squared centre shift is at most
/// <see cref="KMeansOptions.Tolerance"/> × the mean feature variance (or no label changes), empty clusters re-seeded from
/// the farthest points, and the best of <see cref="KMeansOptions.Restarts"/> runs by inertia (above
/// <see cref="KMeansOptions.RestartSample"/> points, runs on a seeded sample, the winner refined on all points).
/// </summary>
public static class KMeans
{
    /// <summary>From this many points on, one run's chunks run in parallel and restarts run one after another.</summary>
    internal const int ParallelWithinRunThreshold = 4 * KMeansRun.ChunkSize;

    /// <summary>Clusters points into <paramref name="k"/> clusters; the same input and seed always give the same result.</summary>
    /// <param name="points">Row-major n × d matrix of (scaled) points.</param>
    /// <param name="dimensions">Number of features per point.</param>
    /// <param name="k">Number of clusters, 1 to n.</param>
    /// <param name="options">Restarts, iteration limit, tolerance and seed.</param>
    /// <returns>The model of the lowest-inertia restart and its labels.</returns>
    public static KMeansFit Fit(double[] points, int dimensions, int k, KMeansOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var count = Matrix.RowCount(points, dimensions);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, count);
        return Fit(PointMatrix.FromRows(points, dimensions), k, options);
    }

    /// <summary>Clusters an already transposed, validated matrix.</summary>
    internal static KMeansFit Fit(PointMatrix points, int k, KMeansOptions options)
    {
        if (points.Count > options.RestartSample && options.RestartSample >= k)
        {
            // Restarts on a seeded sample, then one refinement on every point: the cost of restarts stops growing with customers.
            var sample = ClusterSearch.Sample(points.Count, options.RestartSample, options.Seed);
            var onSample = FitAll(points.Subset(sample), k, options);
            var refined = new KMeansRun(points, k, parallel: points.Count >= ParallelWithinRunThreshold)
                .Refine(onSample.Model.Centroids, options.MaxIterations, options.Tolerance * points.MeanVariance());
            return refined;
        }

        return FitAll(points, k, options);
    }

    /// <summary>Every restart on all of <paramref name="points"/>; the lowest inertia wins.</summary>
    private static KMeansFit FitAll(PointMatrix points, int k, KMeansOptions options)
    {
        var tolerance = options.Tolerance * points.MeanVariance();
        var master = new Random(options.Seed);
        var seeds = new int[options.Restarts];
        for (var r = 0; r < seeds.Length; r++)
        {
            seeds[r] = master.Next();
        }

        if (points.Count >= ParallelWithinRunThreshold)
        {
            // Large inputs: parallelism inside each run, and only the best labels so far stay in memory.
            var run = new KMeansRun(points, k, parallel: true);
            KMeansFit? leader = null;
            foreach (var seed in seeds)
            {
                var fit = run.Run(seed, options.MaxIterations, tolerance);
                if (leader is null || fit.Model.Inertia < leader.Model.Inertia)
                {
                    leader = fit;
                }
            }

            return leader!;
        }

        // Small inputs: one run per worker, each sequential inside.
        var fits = new KMeansFit[seeds.Length];
        Parallel.For(
            0,
            seeds.Length,
            () => new KMeansRun(points, k, parallel: false),
            (r, _, run) =>
            {
                fits[r] = run.Run(seeds[r], options.MaxIterations, tolerance);
                return run;
            },
            _ => { });

        var best = fits[0];
        foreach (var fit in fits)
        {
            if (fit.Model.Inertia < best.Model.Inertia)
            {
                best = fit;
            }
        }

        return best;
    }
}
