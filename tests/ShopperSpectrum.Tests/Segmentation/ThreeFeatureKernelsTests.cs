using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class ThreeFeatureKernelsTests
{
    [Fact]
    public void AssignAndAccumulate_RandomPoints_MatchesGenericAssignAndNaiveSums()
    {
        const int K = 7;
        var rows = Synthetic.Uniform(seed: 4, count: 1_003, dimensions: 3);
        var matrix = PointMatrix.FromRows(rows, 3);
        var centroids = Synthetic.Uniform(seed: 8, count: K, dimensions: 3);
        var n = matrix.Count;
        var previous = new int[n];
        var expectedLabels = new int[n];
        var expectedDistances = new double[n];
        var labels = new int[n];
        var distances = new double[n];
        var sums = new double[K * 3];
        var counts = new int[K];

        var expectedChanged = DistanceKernels.Assign(matrix, 0, n, centroids, K, expectedLabels, expectedDistances, previous);
        var changed = ThreeFeatureKernels.AssignAndAccumulate(matrix, 0, n, centroids, K, labels, distances, previous, sums, counts, out var inertia);

        Assert.Equal(expectedLabels, labels);
        Assert.Equal(expectedDistances, distances);
        Assert.Equal(expectedChanged, changed);
        Assert.Equal(expectedDistances.Sum(), inertia, 9);
        for (var c = 0; c < K; c++)
        {
            var members = Enumerable.Range(0, n).Where(i => labels[i] == c).ToArray();
            Assert.Equal(members.Length, counts[c]);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(members.Sum(i => rows[(i * 3) + j]), sums[(c * 3) + j], 9);
            }
        }
    }

    [Fact]
    public void Potentials_RandomPoints_MatchesGenericPotential()
    {
        var matrix = PointMatrix.FromRows(Synthetic.Uniform(seed: 6, count: 1_001, dimensions: 3), 3);
        var candidates = Synthetic.Uniform(seed: 7, count: 4, dimensions: 3);
        var closest = Synthetic.Uniform(seed: 8, count: matrix.Count, dimensions: 1);
        var potentials = new double[4];

        ThreeFeatureKernels.Potentials(matrix, 0, matrix.Count, candidates, 4, closest, potentials);

        for (var t = 0; t < 4; t++)
        {
            var expected = DistanceKernels.Potential(matrix, 0, matrix.Count, candidates.AsSpan(t * 3, 3), closest);
            Assert.Equal(expected, potentials[t], 9);
        }
    }
}
