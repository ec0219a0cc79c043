using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

/// <summary>Hand-sized interaction data: customers bought the listed product columns once, a day ago.</summary>
internal static class TinyData
{
    public static InteractionData Of(int products, params int[][] bought)
    {
        var entries = bought.SelectMany((row, customer) => row.Select(product => (customer, product, 1f))).ToList();
        var matrix = InteractionMatrix.FromEntries(bought.Length, products, entries);
        return new InteractionData(
            [.. bought.Select((_, i) => $"c{i}")],
            [.. Enumerable.Range(0, products).Select(i => new Product($"p{i}", $"Product {i}"))],
            matrix, matrix, matrix, new DateTime(2024, 1, 1));
    }

    /// <summary>A strategy that scores product j as weights[j] for everyone, for checking how hybrids blend.</summary>
    public sealed class FixedScores(string name, params float[] weights) : IRecommender, IRecommenderModel
    {
        public string Name => name;

        public IRecommenderModel Fit(InteractionData data) => this;

        public void Score(int customer, Span<float> scores) => weights.CopyTo(scores);

        public string Explain(int customer, int product) => $"{name} likes {product}";
    }
}
