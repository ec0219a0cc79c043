using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class ShortlistsTests
{
    /// <summary>A hybrid over 80 products, more than a shortlist holds, so lists are cut short.</summary>
    private static ShopRecommender Fitted()
    {
        var data = Interactions.Blocks(groups: 4, customersPerGroup: 10, productsPerGroup: 20, inside: 0.5, outside: 0.05, seed: 3);
        WeightedStrategy[] parts = [new(new EaseRecommender(lambda: 5), 1), new(new SvdRecommender(new SvdOptions { Components = 4 }), 0.5), new(new PopularityRecommender(), 0.2)];
        var model = new HybridRecommender(parts).Fit(data);
        return new ShopRecommender(data, model, new RecommenderManifest(DateTime.UnixEpoch, DataFingerprint.Of(data), [.. parts.Select(p => new BlendWeight(p.Strategy.Name, p.Weight))]));
    }

    /// <summary>Restricting to every product gives the same rules but forces scoring the whole catalogue.</summary>
    private static IReadOnlyList<ProductRecommendation> Scored(ShopRecommender recommender, string customer, RecommendOptions options) =>
        recommender.Recommend(customer, options with { RestrictTo = [.. recommender.Data.Products.Select(p => p.Id)] });

    public static TheoryData<int, int> Requests => new() { { 10, 0 }, { 10, 5 }, { 45, 10 }, { 60, 0 } };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Recommend_FromShortlists_EqualsScoringEveryProduct(int top, int excluded)
    {
        var recommender = Fitted();
        Assert.NotNull(recommender.Shortlists);
        Assert.False(recommender.Shortlists.IsComplete(0));

        foreach (var customer in recommender.Data.CustomerIds)
        {
            // Exclude some of the customer's own best products, so the walk has to skip them.
            var best = recommender.Recommend(customer, new RecommendOptions { Top = Math.Max(1, excluded) });
            var options = new RecommendOptions { Top = top, Exclude = [.. best.Take(excluded).Select(r => r.ProductId)] };

            var served = recommender.Recommend(customer, options);

            Assert.Equal(Scored(recommender, customer, options), served);
        }
    }

    [Fact]
    public void SaveAndLoad_KeepsTheShortlists()
    {
        using var temp = new TempDirectory();
        var fitted = Fitted();

        RecommenderStore.Save(fitted, temp.Path);
        var loaded = RecommenderStore.Load(temp.Path);

        Assert.NotNull(loaded.Shortlists);
        Assert.All(fitted.Data.CustomerIds, c => Assert.Equal(fitted.Recommend(c), loaded.Recommend(c)));
    }

    [Fact]
    public void Build_MoreScoresThanAllowed_KeepsNoLists()
    {
        // 40 customers × 80 products = 3,200 scores: a bound of 3,199 keeps none, 3,200 keeps them.
        var fitted = Fitted();

        Assert.Null(Shortlists.Build(fitted.Data, fitted.Model, maxScoredCells: 3_199));
        Assert.NotNull(Shortlists.Build(fitted.Data, fitted.Model, maxScoredCells: 3_200));
    }
}
