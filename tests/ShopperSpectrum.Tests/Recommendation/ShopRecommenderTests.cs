using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Tests.Models;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class ShopRecommenderTests
{
    private static ShopRecommender Popular(InteractionData? data = null)
    {
        data ??= TinyShop.Data();
        return new ShopRecommender(data, new PopularityRecommender().Fit(data), new RecommenderManifest(DateTime.UnixEpoch, "test", [new("popularity", 1)]));
    }

    [Fact]
    public void Recommend_ExcludesPurchasesByDefault_BestFirstWithReasons()
    {
        // c1 bought p0 p2; the others by buyers: p1 (3), p3 (2), p4 (2), p5 (1).
        var list = Popular().Recommend("c1");

        Assert.Equal(["p1", "p3", "p4", "p5"], list.Select(r => r.ProductId));
        Assert.Equal(3f, list[0].Score);
        Assert.Equal("bought by 3 customers", list[0].Reason);
    }

    [Fact]
    public void Recommend_RepeatsExcludeListAndRestriction_AreApplied()
    {
        var recommender = Popular();

        var repeats = recommender.Recommend("c1", new RecommendOptions { ExcludePurchased = false, Top = 2 });
        var excluded = recommender.Recommend("c1", new RecommendOptions { Exclude = ["p1", "nope"], Top = 2 });
        var restricted = recommender.Recommend("c1", new RecommendOptions { RestrictTo = ["p5", "p0", "p4"] });

        Assert.Equal(["p0", "p1"], repeats.Select(r => r.ProductId));
        Assert.Equal(["p3", "p4"], excluded.Select(r => r.ProductId));
        Assert.Equal(["p4", "p5"], restricted.Select(r => r.ProductId));
    }

    [Fact]
    public void Recommend_Hybrid_ScoresEqualTheModelsOwnScores()
    {
        var recommender = StoreFixture.Fitted();
        var products = recommender.Data.ProductCount;

        var list = recommender.Recommend("c3", new RecommendOptions { Top = products, ExcludePurchased = false });

        var expected = Interactions.Scores(recommender.Model, 2, products);
        Assert.Equal(products, list.Count);
        Assert.All(list, r => Assert.Equal(expected[int.Parse(r.ProductId[1..]) - 1], r.Score));
        Assert.Equal(expected.Max(), list[0].Score);
        Assert.All(list, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Recommend_TopOutOfRange_Throws(int top) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Popular().Recommend("c1", new RecommendOptions { Top = top }));

    [Fact]
    public void Recommend_UnknownCustomer_SaysWhatToDoInstead()
    {
        var error = Assert.Throws<UnknownCustomerException>(() => Popular().Recommend("99999"));

        Assert.Equal("99999", error.CustomerId);
        Assert.StartsWith("customer 99999 is not in the model; known customers bought before 2024-01-01", error.Message);
        Assert.Contains("spectrum segment", error.Message);
    }

    [Fact]
    public void Similar_CoPurchaseCosine_ByHand()
    {
        // Buyers of p0: c0 c1 c3. p2 shares c0 c1 (2 / √(3·2)), p1 c0 c3 (2 / √(3·3)), p4 c3 (1 / √(3·2)); p3 and p5 share nobody.
        var similar = Popular().Similar("p0", top: 5);

        Assert.Equal(["p2", "p1", "p4"], similar.Select(s => s.ProductId));
        Assert.Equal(2 / Math.Sqrt(6), similar[0].Score, 6);
        Assert.Equal(2 / 3.0, similar[1].Score, 6);
        Assert.Equal("bought together by 2 customers", similar[0].Reason);
        Assert.Equal("bought together by 1 customer", similar[2].Reason);
    }

    [Fact]
    public void Similar_UnknownProduct_Throws()
    {
        var error = Assert.Throws<UnknownProductException>(() => Popular().Similar("zz"));

        Assert.StartsWith("product zz is not in the model's catalogue", error.Message);
    }

    [Fact]
    public void FindProducts_ExactNameFirst_ThenPrefix_ThenMostBuyers()
    {
        string[] names = ["RED HEART LAMP", "HEART", "SMALL HEART", "HEART OF GOLD", "BLUE MUG", "heart box"];
        var data = Interactions.FromOrders(
            [[1, 1, 1, 1, 0, 0], [1, 0, 1, 0, 1, 0], [1, 0, 1, 0, 0, 1]], names: names);

        var found = Popular(data).FindProducts("heart");

        Assert.Equal(["HEART", "HEART OF GOLD", "heart box", "RED HEART LAMP", "SMALL HEART"], found.Select(p => p.Name));
        Assert.Empty(Popular(data).FindProducts("lamp shade"));
    }
}
