using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class PopularityRecommenderTests
{
    [Fact]
    public void Score_TinyShop_DistinctBuyersPerProduct()
    {
        var model = new PopularityRecommender().Fit(TinyShop.Data());

        Assert.Equal([3f, 3f, 2f, 2f, 2f, 1f], TinyShop.Scores(model, 1));
    }

    [Fact]
    public void Explain_TinyShop_CountsBuyers()
    {
        var model = new PopularityRecommender().Fit(TinyShop.Data());

        Assert.Equal("bought by 3 customers", model.Explain(2, 0));
    }
}
