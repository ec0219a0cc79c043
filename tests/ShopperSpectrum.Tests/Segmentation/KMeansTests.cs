using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class KMeansTests
{
    [Fact]
    public void Fit_TwoObviousBlobs_FindsThemWithHandComputedInertia()
    {
        // Blobs {(0,0), (0,1)} and {(10,0), (10,1)}: centres (0, 0.5) and (10, 0.5), each point 0.5 away → inertia 4 × 0.25.
        double[] points = [0, 0, 0, 1, 10, 0, 10, 1];

        var fit = KMeans.Fit(points, 2, 2, new KMeansOptions());

        Assert.Equal(1.0, fit.Model.Inertia, 12);
        Assert.Equal(fit.Labels[0], fit.Labels[1]);
        Assert.Equal(fit.Labels[2], fit.Labels[3]);
        Assert.NotEqual(fit.Labels[0], fit.Labels[2]);
        var left = fit.Labels[0];
        Assert.Equal([0.0, 0.5], fit.Model.Centroids.AsSpan(left * 2, 2).ToArray());
        Assert.Equal([10.0, 0.5], fit.Model.Centroids.AsSpan((1 - left) * 2, 2).ToArray());
    }

    [Fact]
    public void Fit_ThreeDimensionalBlobs_LabelsMatchPredict()
    {
        var points = Synthetic.Blobs(seed: 3, perBlob: 101, dimensions: 3, [0, 0, 0], [6, 0, 0], [0, 6, 6]);

        var fit = KMeans.Fit(points, 3, 3, new KMeansOptions());

        Assert.Equal(3, fit.Labels.Distinct().Count());
        for (var i = 0; i < fit.Labels.Length; i++)
        {
            Assert.Equal(fit.Model.Predict(points.AsSpan(i * 3, 3)), fit.Labels[i]);
            Assert.Equal(fit.Labels[(i / 101) * 101], fit.Labels[i]);
        }
    }

    [Fact]
    public void Fit_MorePointsThanRestartSample_RefinesTheSampleWinnerOnEveryPoint()
    {
        // Four blobs of 1,500 points: restarts on a 300-point sample find the same four clusters, and the refinement on all
        // 6,000 points ends at the centres (and inertia) of fitting every restart on every point.
        var points = Synthetic.Blobs(seed: 4, perBlob: 1_500, dimensions: 3, [0, 0, 0], [6, 0, 0], [0, 6, 6], [6, 6, 0]);

        var full = KMeans.Fit(points, 3, 4, new KMeansOptions());
        var sampled = KMeans.Fit(points, 3, 4, new KMeansOptions { RestartSample = 300 });

        Assert.Equal(full.Model.Inertia, sampled.Model.Inertia, 1e-9 * full.Model.Inertia);
        Assert.Equal(6_000, sampled.Labels.Length);
        for (var i = 0; i < sampled.Labels.Length; i++)
        {
            Assert.Equal(sampled.Model.Predict(points.AsSpan(i * 3, 3)), sampled.Labels[i]);
            Assert.Equal(sampled.Labels[(i / 1_500) * 1_500], sampled.Labels[i]);
        }
    }

    [Fact]
    public void Fit_SampledRestartsSameSeed_ReturnIdenticalResults()
    {
        var points = Synthetic.Uniform(seed: 6, count: 5_000, dimensions: 3);
        var options = new KMeansOptions { RestartSample = 500, Seed = 3 };

        var first = KMeans.Fit(points, 3, 5, options);
        var second = KMeans.Fit(points, 3, 5, options);

        Assert.Equal(first.Model.Centroids, second.Model.Centroids);
        Assert.Equal(first.Labels, second.Labels);
    }

    [Fact]
    public void Fit_SameSeed_ReturnsIdenticalResult()
    {
        var points = Synthetic.Uniform(seed: 5, count: 2_003, dimensions: 3);
        var options = new KMeansOptions { Seed = 7 };

        var first = KMeans.Fit(points, 3, 6, options);
        var second = KMeans.Fit(points, 3, 6, options);

        Assert.Equal(first.Model.Centroids, second.Model.Centroids);
        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Model.Inertia, second.Model.Inertia);
    }

    [Fact]
    public void Fit_LargeInputWithParallelChunks_IsDeterministic()
    {
        var points = Synthetic.Uniform(seed: 9, count: KMeans.ParallelWithinRunThreshold + 1_001, dimensions: 3);
        var options = new KMeansOptions { Restarts = 2, Seed = 11 };

        var first = KMeans.Fit(points, 3, 5, options);
        var second = KMeans.Fit(points, 3, 5, options);

        Assert.Equal(first.Model.Centroids, second.Model.Centroids);
        Assert.Equal(first.Labels, second.Labels);
    }

    [Fact]
    public void Run_SequentialAndParallelChunks_GiveBitIdenticalResults()
    {
        var matrix = PointMatrix.FromRows(Synthetic.Uniform(seed: 13, count: 3 * KMeansRun.ChunkSize + 17, dimensions: 3), 3);

        var sequential = new KMeansRun(matrix, 4, parallel: false).Run(21, 300, 1e-6);
        var parallel = new KMeansRun(matrix, 4, parallel: true).Run(21, 300, 1e-6);

        Assert.Equal(sequential.Model.Centroids, parallel.Model.Centroids);
        Assert.Equal(sequential.Model.Inertia, parallel.Model.Inertia);
        Assert.Equal(sequential.Labels, parallel.Labels);
    }

    [Fact]
    public void Fit_MoreClustersThanDistinctPoints_ReseedsEmptyClustersWithoutNaN()
    {
        // Two distinct locations, three clusters: k-means++ must duplicate a centre, leaving an empty cluster every step.
        double[] points = [0, 0, 0, 0, 5, 5, 5, 5];

        var fit = KMeans.Fit(points, 2, 3, new KMeansOptions { Restarts = 3 });

        Assert.Equal(0.0, fit.Model.Inertia);
        Assert.All(fit.Model.Centroids, c => Assert.True(double.IsFinite(c)));
        Assert.All(fit.Labels, l => Assert.InRange(l, 0, 2));
    }

    [Fact]
    public void Fit_OneIteration_StopsAfterOneIteration()
    {
        var points = Synthetic.Uniform(seed: 1, count: 500, dimensions: 2);

        var fit = KMeans.Fit(points, 2, 4, new KMeansOptions { MaxIterations = 1, Restarts = 1 });

        Assert.Equal(1, fit.Iterations);
    }

    [Fact]
    public void Fit_ToleranceAboveAnyShift_StopsAfterFirstIteration()
    {
        var points = Synthetic.Uniform(seed: 1, count: 500, dimensions: 3);

        var fit = KMeans.Fit(points, 3, 4, new KMeansOptions { Tolerance = 1e6, Restarts = 1 });

        Assert.Equal(1, fit.Iterations);
    }

    [Fact]
    public void Fit_DataScaledByPowerOfTwo_SameLabelsAndIterationsBecauseToleranceIsRelative()
    {
        // Scaling by 1024 is exact in binary floating point, so every comparison is unchanged if the tolerance
        // scales with the feature variance (scikit-learn's rule), and inertia scales by 1024².
        var points = Synthetic.Uniform(seed: 3, count: 1_500, dimensions: 3);
        var scaled = points.Select(v => v * 1024).ToArray();
        var options = new KMeansOptions { Restarts = 2, Tolerance = 1e-2 };

        var fit = KMeans.Fit(points, 3, 5, options);
        var scaledFit = KMeans.Fit(scaled, 3, 5, options);

        Assert.Equal(fit.Labels, scaledFit.Labels);
        Assert.Equal(fit.Iterations, scaledFit.Iterations);
        Assert.Equal(fit.Model.Inertia * 1024 * 1024, scaledFit.Model.Inertia, 6);
    }

    [Fact]
    public void Fit_LowerTolerance_NeverIncreasesInertia()
    {
        var points = Synthetic.Uniform(seed: 2, count: 3_000, dimensions: 3);

        var loose = KMeans.Fit(points, 3, 8, new KMeansOptions { Tolerance = 1e-1, Restarts = 1 });
        var tight = KMeans.Fit(points, 3, 8, new KMeansOptions { Tolerance = 0, Restarts = 1 });

        Assert.True(tight.Model.Inertia <= loose.Model.Inertia);
        Assert.True(tight.Iterations >= loose.Iterations);
    }

    [Fact]
    public void Fit_MoreClustersThanPoints_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KMeans.Fit([0, 1], 1, 3, new KMeansOptions()));

    [Fact]
    public void Fit_ZeroRestarts_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KMeans.Fit([0, 1, 2], 1, 2, new KMeansOptions { Restarts = 0 }));
}
