using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Tests.Models;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class ShopRecommenderStrategyTests
{
    [Fact]
    public void Strategies_HybridFirstThenEachBlendedPart()
    {
        var recommender = StoreFixture.Fitted();

        var parts = ((HybridModel)recommender.Model).Parts.Select(p => p.Name);

        Assert.Equal(["hybrid", .. parts], recommender.Strategies);
    }

    [Fact]
    public void Recommend_PartStrategy_RanksByThatPartAloneWithItsReasons()
    {
        var recommender = StoreFixture.Fitted();
        var products = recommender.Data.ProductCount;
        foreach (var part in ((HybridModel)recommender.Model).Parts)
        {
            var list = recommender.Recommend("c3", new RecommendOptions { Top = products, ExcludePurchased = false, Strategy = part.Name });

            var expected = Interactions.Scores(part, 2, products);
            Assert.All(list, r => Assert.Equal(expected[int.Parse(r.ProductId[1..]) - 1], r.Score));
            Assert.Equal(expected.Max(), list[0].Score);
            Assert.Equal(part.Explain(2, int.Parse(list[0].ProductId[1..]) - 1), list[0].Reason);
        }
    }

    [Fact]
    public void Recommend_UnknownStrategy_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => StoreFixture.Fitted().Recommend("c3", new RecommendOptions { Strategy = "magic" }));

        Assert.Contains("strategy magic is not in the model; choose one of hybrid, ease_recency", error.Message);
    }
}
