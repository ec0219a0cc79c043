using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class HybridRecommenderTests
{
    private static readonly InteractionData Data = TinyShop.Of(3, [0], [1], [2]);

    [Fact]
    public void Score_TwoParts_BlendsMinMaxNormalisedScores()
    {
        // a normalises to (0, 0.5, 1), b to (1, 0, 0.25): 0.7·a + 0.3·b = (0.3, 0.35, 0.775).
        var hybrid = new HybridRecommender([
            new(new FixedScores("a", 2, 4, 6), 0.7),
            new(new FixedScores("b", 10, 2, 4), 0.3)]);
        var scores = new float[3];

        hybrid.Fit(Data).Score(0, scores);

        Assert.Equal([0.3f, 0.35f, 0.775f], scores.Select(s => MathF.Round(s, 4)));
    }

    [Fact]
    public void Score_SegmentWeights_ChooseTheBlendPerSegment()
    {
        var hybrid = new HybridRecommender(
            [new(new FixedScores("a", 0, 1, 2), 1), new(new FixedScores("b", 2, 1, 0), 0)],
            _ => [0, 1, 1],
            new Dictionary<int, double[]> { [1] = [0, 1] });
        var model = hybrid.Fit(Data);
        var (first, second) = (new float[3], new float[3]);

        model.Score(0, first);
        model.Score(1, second);

        Assert.Equal([0f, 0.5f, 1f], first);
        Assert.Equal([1f, 0.5f, 0f], second);
    }

    [Fact]
    public void Explain_GivesTheReasonOfTheLargestContribution()
    {
        var model = new HybridRecommender([
            new(new FixedScores("a", 0, 1, 2), 0.5),
            new(new FixedScores("b", 2, 1, 0), 0.5)]).Fit(Data);

        Assert.Equal("a likes 2", model.Explain(0, 2));
        Assert.Equal("b likes 0", model.Explain(0, 0));
    }
}
