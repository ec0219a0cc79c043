using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class SilhouetteTests
{
    [Fact]
    public void Score_FourPointsOnALine_EqualsHandValue()
    {
        // Points 0, 1 (cluster 0) and 4, 6 (cluster 1); s = (b − a) / max(a, b):
        //   0: a = 1, b = (4 + 6) / 2 = 5   → 4/5
        //   1: a = 1, b = (3 + 5) / 2 = 4   → 3/4
        //   4: a = 2, b = (4 + 3) / 2 = 3.5 → 1.5/3.5 = 3/7
        //   6: a = 2, b = (6 + 5) / 2 = 5.5 → 3.5/5.5 = 7/11
        var expected = (0.8 + 0.75 + (3.0 / 7) + (7.0 / 11)) / 4;

        var score = Silhouette.Score([0, 1, 4, 6], 1, [0, 0, 1, 1], 2);

        Assert.Equal(expected, score, 12);
    }

    [Fact]
    public void Score_SingletonCluster_ScoresZeroForItsPoint()
    {
        // Points 0, 1 (cluster 1) and 5 alone (cluster 0): 0 → (5 − 1)/5, 1 → (4 − 1)/4, 5 → 0 (singleton).
        var score = Silhouette.Score([0, 1, 5], 1, [1, 1, 0], 2);

        Assert.Equal((0.8 + 0.75 + 0) / 3, score, 12);
    }

    [Theory]
    [InlineData(3, 1_001, 5)]
    [InlineData(2, 517, 4)]
    [InlineData(3, 64, 9)]
    public void Score_RandomLabels_MatchesBruteForce(int dimensions, int count, int k)
    {
        var points = Synthetic.Uniform(seed: count, count: count, dimensions: dimensions);
        var random = new Random(k);
        var labels = Enumerable.Range(0, count).Select(_ => random.Next(k)).ToArray();

        var score = Silhouette.Score(points, dimensions, labels, k);

        Assert.Equal(BruteForce(points, dimensions, labels, k), score, 10);
    }

    [Fact]
    public void Score_OneNonEmptyCluster_Throws() =>
        Assert.Throws<ArgumentException>(() => Silhouette.Score([0, 1, 2], 1, [1, 1, 1], 3));

    [Fact]
    public void Score_LabelOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Silhouette.Score([0, 1, 2], 1, [0, 1, 2], 2));

    /// <summary>Textbook O(n²) silhouette, point by point.</summary>
    private static double BruteForce(double[] points, int dimensions, int[] labels, int k)
    {
        var n = labels.Length;
        var sizes = new int[k];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (sizes[labels[i]] == 1)
            {
                continue;
            }

            var sums = new double[k];
            for (var j = 0; j < n; j++)
            {
                var squared = 0.0;
                for (var d = 0; d < dimensions; d++)
                {
                    var diff = points[(i * dimensions) + d] - points[(j * dimensions) + d];
                    squared += diff * diff;
                }

                sums[labels[j]] += Math.Sqrt(squared);
            }

            var a = sums[labels[i]] / (sizes[labels[i]] - 1);
            var b = Enumerable.Range(0, k).Where(c => c != labels[i] && sizes[c] > 0).Min(c => sums[c] / sizes[c]);
            total += (b - a) / Math.Max(a, b);
        }

        return total / n;
    }
}
