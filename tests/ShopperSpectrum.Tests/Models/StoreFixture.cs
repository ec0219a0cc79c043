using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Tests.Recommendation;

namespace ShopperSpectrum.Tests.Models;

/// <summary>A hybrid of every persistable strategy fitted on seeded block data with varied recency and product attributes.</summary>
internal static class StoreFixture
{
    public static ShopRecommender Fitted()
    {
        var data = Data();
        int[] Halves(InteractionData d) => [.. Enumerable.Range(0, d.CustomerCount).Select(c => c % 2)];
        WeightedStrategy[] parts =
        [
            new(new EaseRecommender(lambda: 5, recencyHalfLifeDays: 90, name: "ease_recency"), 1),
            new(new EaseRecommender(lambda: 5), 0.2),
            new(new AlsRecommender(new AlsOptions { Factors = 4, Iterations = 3 }), 0.5),
            new(new SvdRecommender(new SvdOptions { Components = 3 }), 0.35),
            new(new ItemKnnRecommender(), 0.75),
            new(new UserKnnRecommender(Halves), 0.1),
            new(new ContentRecommender(), 0.3),
            new(new PopularityRecommender(), 0.1),
            new(new PopularityRecommender(recentDays: 14), 0.2),
        ];
        var model = new HybridRecommender(parts).Fit(data);
        var manifest = new RecommenderManifest(new DateTime(2024, 3, 2, 8, 30, 0, DateTimeKind.Utc), DataFingerprint.Of(data),
            [.. parts.Select(p => new BlendWeight(p.Strategy.Name, p.Weight))]);
        return new ShopRecommender(data, model, manifest);
    }

    private static InteractionData Data()
    {
        var blocks = Interactions.Blocks(groups: 3, customersPerGroup: 8, productsPerGroup: 5, inside: 0.6, outside: 0.1, seed: 7);
        var random = new Random(11);
        var orders = Enumerable.Range(0, blocks.CustomerCount)
            .Select(c => Enumerable.Range(0, blocks.ProductCount).Select(p => blocks.Orders.RowIndices(c).Contains(p) ? 1f + random.Next(3) : 0f).ToArray())
            .ToArray();
        var days = orders.Select(row => row.Select(_ => (float)random.Next(0, 200)).ToArray()).ToArray();
        return Interactions.FromOrders(orders, days, product: p => new Product(
            $"p{p + 1}", $"{(p % 2 == 0 ? "Red" : "Blue")} {(p / 5 == 0 ? "mug" : p / 5 == 1 ? "lamp" : "heart")} {p}",
            Brand: $"Brand {p % 3}", ProductLine: p % 4 == 0 ? null : "Standard", ProductSize: "medium"));
    }
}
