using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

/// <summary>Five customers, six products: small enough to compute every score by hand.</summary>
/// <remarks>c0 bought p0 p1 p2; c1 p0 p2; c2 p1 p3; c3 p0 p1 p4; c4 p3 p4 p5. Buyers per product: 3 3 2 2 2 1.</remarks>
internal static class TinyShop
{
    public static readonly int[][] Baskets = [[0, 1, 2], [0, 2], [1, 3], [0, 1, 4], [3, 4, 5]];

    public static InteractionData Data() => Of(6, Baskets);

    /// <summary>Customers c0, c1, … who bought the listed product columns once; products p0, p1, … named P0, P1, ….</summary>
    public static InteractionData Of(int products, params int[][] baskets)
    {
        var entries = baskets.SelectMany((basket, customer) => basket.Select(product => (customer, product, 1f))).ToList();
        var matrix = InteractionMatrix.FromEntries(baskets.Length, products, entries);
        return new InteractionData(
            [.. baskets.Select((_, i) => $"c{i}")],
            [.. Enumerable.Range(0, products).Select(i => new Product($"p{i}", $"P{i}"))],
            matrix, matrix, matrix, new DateTime(2024, 1, 1));
    }

    public static float[] Scores(IRecommenderModel model, int customer)
    {
        var scores = new float[6];
        model.Score(customer, scores);
        return scores;
    }
}
