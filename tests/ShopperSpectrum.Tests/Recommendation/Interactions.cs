using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

/// <summary>Builds interaction data from small dense tables, and the five-customer × six-product fixture.</summary>
internal static class Interactions
{
    public static readonly DateTime AsOf = new(2024, 3, 1);

    /// <summary>
    /// c1: p1 p2 p3 · c2: p1 p2 · c3: p2 p3 p4 · c4: p4 p5 · c5: p5 p6 (orders 1, bought 10 days ago).
    /// </summary>
    public static InteractionData HandMade(string[]? names = null) => FromOrders(
        [
            [1, 1, 1, 0, 0, 0],
            [1, 1, 0, 0, 0, 0],
            [0, 1, 1, 1, 0, 0],
            [0, 0, 0, 1, 1, 0],
            [0, 0, 0, 0, 1, 1],
        ],
        names: names);

    /// <summary>Interaction data whose orders are the non-zero cells of <paramref name="orders"/>; days default to 10 for every cell.</summary>
    public static InteractionData FromOrders(float[][] orders, float[][]? days = null, string[]? names = null, Func<int, Product>? product = null)
    {
        var columns = orders[0].Length;
        var cells = orders.SelectMany((row, r) => row.Select((value, c) => (r, c, value))).Where(x => x.value > 0).ToList();
        var products = Enumerable.Range(0, columns)
            .Select(c => product?.Invoke(c) ?? new Product($"p{c + 1}", names?[c] ?? $"Product {c + 1}"))
            .ToList();
        return new InteractionData(
            [.. Enumerable.Range(0, orders.Length).Select(r => $"c{r + 1}")],
            products,
            InteractionMatrix.FromEntries(orders.Length, columns, cells),
            InteractionMatrix.FromEntries(orders.Length, columns, cells),
            InteractionMatrix.FromEntries(orders.Length, columns, cells.Select(x => (x.r, x.c, days?[x.r][x.c] ?? 10f))),
            AsOf);
    }

    /// <summary>Seeded block-structured data: customers of group g buy mostly products of group g.</summary>
    public static InteractionData Blocks(int groups, int customersPerGroup, int productsPerGroup, double inside, double outside, int seed)
    {
        var random = new Random(seed);
        var rows = new float[groups * customersPerGroup][];
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = new float[groups * productsPerGroup];
            for (var c = 0; c < rows[r].Length; c++)
            {
                var p = r / customersPerGroup == c / productsPerGroup ? inside : outside;
                rows[r][c] = random.NextDouble() < p ? 1 + random.Next(3) : 0;
            }
        }
        return FromOrders(rows);
    }

    public static float[] Scores(IRecommenderModel model, int customer, int products)
    {
        var scores = new float[products];
        model.Score(customer, scores);
        return scores;
    }
}
