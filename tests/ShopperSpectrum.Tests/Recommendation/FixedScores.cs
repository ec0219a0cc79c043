using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

/// <summary>A strategy that scores product j as weights[j] for everyone, for checking how hybrids blend.</summary>
internal sealed class FixedScores(string name, params float[] weights) : IRecommender, IRecommenderModel
{
    public string Name => name;

    public IRecommenderModel Fit(InteractionData data) => this;

    public void Score(int customer, Span<float> scores) => weights.CopyTo(scores);

    public string Explain(int customer, int product) => $"{name} likes {product}";
}
