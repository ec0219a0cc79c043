using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class EaseRecommenderTests
{
    [Fact]
    public void Score_TinyShopLambdaOne_MatchesTheClosedForm()
    {
        var model = new EaseRecommender(lambda: 1).Fit(TinyShop.Data());

        // From the seed's formula in numpy: P = inv(XᵀX + I), B = −P / diag(P), diag(B) = 0, scores = x_u · B.
        Assert.Equal([0.555556, 0.481481, 0.545455, -0.173469, 0.067308, 0.034247], TinyShop.Scores(model, 1).Select(s => (double)s), new ToleranceComparer(1e-5));
        Assert.Equal([0.055556, 0.259259, -0.1, 0.581633, 0.576923, 0.582192], TinyShop.Scores(model, 4).Select(s => (double)s), new ToleranceComparer(1e-5));
    }

    [Fact]
    public void Explain_TinyShop_NamesTheBoughtProductWithTheLargestWeight()
    {
        var model = new EaseRecommender(lambda: 1).Fit(TinyShop.Data());

        // For c1 and p1: B[p0, p1] = 0.444 beats B[p2, p1] = 0.037.
        Assert.Equal("customers who buy P0 tend to buy it too (weight 0.444)", model.Explain(1, 1));
    }

    [Fact]
    public void Fit_CatalogueAboveMaxProducts_AbstainsWithZeroScoresAndTheReason()
    {
        // TinyShop has six products: a bound of five leaves EASE out, a bound of six lets it fit.
        var abstained = new EaseRecommender(lambda: 1, maxProducts: 5).Fit(TinyShop.Data());
        var fitted = new EaseRecommender(lambda: 1, maxProducts: 6).Fit(TinyShop.Data());

        Assert.All(TinyShop.Scores(abstained, 1), s => Assert.Equal(0f, s));
        Assert.Contains("above 5 products (this one has 6)", abstained.Explain(1, 1), StringComparison.Ordinal);
        Assert.NotEqual(0f, TinyShop.Scores(fitted, 1)[0]);
    }

    [Fact]
    public void Fit_HybridWithAnAbstainedEase_RanksAsItsOtherPartAlone()
    {
        var data = TinyShop.Data();
        var alone = new HybridRecommender([new WeightedStrategy(new ItemCosineRecommender(), 1)]).Fit(data);
        var blended = new HybridRecommender(
            [new WeightedStrategy(new EaseRecommender(maxProducts: 5), 1), new WeightedStrategy(new ItemCosineRecommender(), 1)]).Fit(data);

        for (var customer = 0; customer < data.CustomerCount; customer++)
        {
            Assert.Equal(TinyShop.Scores(alone, customer), TinyShop.Scores(blended, customer));
        }
    }

    [Fact]
    public void Constructor_NonPositiveLambda_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EaseRecommender(0));
    }
}
