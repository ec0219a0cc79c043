using ShopperSpectrum.Numerics;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class SvdRecommenderTests
{
    [Fact]
    public void Fit_RankThreeMatrixWithThreeComponents_ReconstructsEveryRow()
    {
        // Rows are sums of three patterns, so the binary matrix has rank 3 and three components reproduce it exactly.
        float[][] rows =
        [
            [1, 1, 0, 0, 0, 0],
            [0, 0, 1, 1, 0, 0],
            [0, 0, 0, 0, 1, 1],
            [1, 1, 1, 1, 0, 0],
            [0, 0, 1, 1, 1, 1],
            [1, 1, 0, 0, 1, 1],
            [1, 1, 1, 1, 1, 1],
        ];
        var data = Interactions.FromOrders(rows);

        var model = new SvdRecommender(new SvdOptions { Components = 3 }).Fit(data);

        for (var r = 0; r < rows.Length; r++)
        {
            var scores = Interactions.Scores(model, r, 6);
            for (var c = 0; c < 6; c++)
            {
                Assert.Equal(rows[r][c], scores[c], 4);
            }
        }
    }

    [Fact]
    public void Compute_KnownSingularValues_FindsThemInOrder()
    {
        // Diagonal 3, 2, 1 with one empty row and column: singular values 3, 2, 1.
        var matrix = InteractionMatrix.FromEntries(4, 4, [(0, 2, 2f), (1, 0, 3f), (2, 1, 1f)]);

        var (_, _, sigma) = RandomizedSvd.Compute(matrix, 3, 1, 5, 7);

        Assert.Equal([3.0, 2.0, 1.0], sigma.Select(s => Math.Round(s, 6)));
    }

    [Fact]
    public void Score_TruncatedToOneComponent_KeepsTheDominantBlockOnly()
    {
        // A 3×3 block and a 2×2 block: the first component is the larger block, so the smaller one scores zero.
        var data = Interactions.FromOrders(
        [
            [1, 1, 1, 0, 0],
            [1, 1, 1, 0, 0],
            [1, 1, 1, 0, 0],
            [0, 0, 0, 1, 1],
            [0, 0, 0, 1, 1],
        ]);

        var scores = Interactions.Scores(new SvdRecommender(new SvdOptions { Components = 1 }).Fit(data), 3, 5);

        Assert.All(scores, s => Assert.Equal(0f, s, 5));
        Assert.Equal(1f, Interactions.Scores(new SvdRecommender(new SvdOptions { Components = 1 }).Fit(data), 0, 5)[0], 4);
    }

    [Fact]
    public void Fit_SameSeedTwice_GivesIdenticalScores()
    {
        var data = Interactions.Blocks(3, 20, 10, 0.5, 0.05, seed: 1);
        var options = new SvdOptions { Components = 5, Seed = 3 };

        var first = Interactions.Scores(new SvdRecommender(options).Fit(data), 4, data.ProductCount);
        var second = Interactions.Scores(new SvdRecommender(options).Fit(data), 4, data.ProductCount);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Explain_CustomerOfBothBlocks_NamesTheBoughtProductOfTheRecommendedBlock()
    {
        var data = Interactions.FromOrders(
            [
                [1, 1, 0, 0],
                [1, 1, 0, 0],
                [1, 0, 1, 0],
                [0, 0, 1, 1],
                [0, 0, 1, 1],
            ],
            names: ["Red mug", "Blue mug", "Garden fork", "Garden rake"]);

        var reason = new SvdRecommender(new SvdOptions { Components = 2 }).Fit(data).Explain(2, 1);

        Assert.Equal("Customers who buy like you buy it; it goes with Red mug.", reason);
    }

    [Fact]
    public void Constructor_NoComponents_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SvdRecommender(new SvdOptions { Components = 0 }));
}
