using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class SegmentPopularityRecommenderTests
{
    [Fact]
    public void ScoreSegment_CountsDistinctBuyersWithinTheSegment()
    {
        var data = TinyShop.Of(3, [0, 1], [1], [1, 2], [2]);
        var segments = new CustomerSegments([0, 0, 1, 1], ["Regular", "At-Risk"]);
        var model = SegmentPopularityRecommender.Build(data, segments);
        var (regular, atRisk) = (new float[3], new float[3]);

        model.ScoreSegment(0, regular);
        model.ScoreSegment(1, atRisk);

        Assert.Equal([1f, 2f, 0f], regular);
        Assert.Equal([0f, 1f, 2f], atRisk);
        Assert.Equal("popular with your segment, At-Risk: bought by 2 of its customers", model.Explain(3, 2));
    }
}
