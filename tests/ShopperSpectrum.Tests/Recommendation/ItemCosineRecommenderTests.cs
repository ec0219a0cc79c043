using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class ItemCosineRecommenderTests
{
    [Fact]
    public void Score_TinyShop_SumsCosinesToBoughtProducts()
    {
        var model = new ItemCosineRecommender().Fit(TinyShop.Data());

        var scores = TinyShop.Scores(model, 1);

        // c1 bought p0 (3 buyers) and p2 (2 buyers); cos(i, j) = shared buyers / √(buyers_i · buyers_j), cos(i, i) = 0.
        double[] expected =
        [
            2 / Math.Sqrt(6),                    // p0: only cos(p2, p0), shared c0 c1
            2 / Math.Sqrt(9) + 1 / Math.Sqrt(6), // p1: shared with p0 c0 c3, with p2 c0
            2 / Math.Sqrt(6),                    // p2: only cos(p0, p2)
            0,                                   // p3: never bought with p0 or p2
            1 / Math.Sqrt(6),                    // p4: shared with p0 c3
            0,
        ];
        Assert.Equal(expected, scores.Select(s => (double)s), new ToleranceComparer(1e-6));
    }

    [Fact]
    public void Explain_TinyShop_NamesTheMostSimilarBoughtProductAndSharedBuyers()
    {
        var model = new ItemCosineRecommender().Fit(TinyShop.Data());

        Assert.Equal("bought with P0 by 2 customers", model.Explain(1, 1));
    }
}
