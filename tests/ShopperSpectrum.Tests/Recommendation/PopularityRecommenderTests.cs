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

    [Fact]
    public void Fit_RecentDays_CountsOnlyRecentBuyersAndSaysSo()
    {
        // Days since the last purchase: customer 0 bought product 0 two days ago, customer 1 bought it and product 1 ten days ago.
        var bought = InteractionMatrix.FromEntries(2, 2, [(0, 0, 1f), (1, 0, 1f), (1, 1, 1f)]);
        var days = InteractionMatrix.FromEntries(2, 2, [(0, 0, 2f), (1, 0, 10f), (1, 1, 10f)]);
        var data = new InteractionData(["c0", "c1"], [new Product("p0", "Mug"), new Product("p1", "Plate")], bought, bought, days, new DateTime(2024, 1, 1));
        var trending = new PopularityRecommender(recentDays: 7);
        var scores = new float[2];

        var model = trending.Fit(data);
        model.Score(0, scores);

        Assert.Equal("trending_7d", trending.Name);
        Assert.Equal([1f, 0f], scores);
        Assert.Equal("bought by 1 customer in the last 7 days", model.Explain(0, 0));
    }
}
