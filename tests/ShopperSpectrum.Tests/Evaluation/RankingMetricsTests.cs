using ShopperSpectrum.Evaluation;

namespace ShopperSpectrum.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    [Fact]
    public void Score_HitsAtSecondAndFourthOfFour_HandComputedValues()
    {
        var scores = RankingMetrics.Score([5, 2, 9, 7], [2, 7], k: 4);

        Assert.Equal(0.5, scores.Precision, 12);
        Assert.Equal(1.0, scores.Recall, 12);
        // DCG = 1/log2(3) + 1/log2(5); ideal = 1 + 1/log2(3).
        Assert.Equal((1 / Math.Log2(3) + 1 / Math.Log2(5)) / (1 + 1 / Math.Log2(3)), scores.Ndcg, 12);
        Assert.Equal(1.0, scores.Hit);
        // AP = (1/2 + 2/4) / min(2, 4).
        Assert.Equal(0.5, scores.AveragePrecision, 12);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(10, 1)]
    [InlineData(10, 25)]
    public void NdcgOfPlaces_RandomLists_EqualsScoreBitForBit(int k, int relevantCount)
    {
        var random = new Random(k * 100 + relevantCount);
        for (var trial = 0; trial < 200; trial++)
        {
            var ranking = Enumerable.Range(0, 60).OrderBy(_ => random.Next()).ToArray();
            var relevant = ranking.OrderBy(_ => random.Next()).Take(relevantCount).Order().ToArray();
            var list = ranking[..random.Next(0, k + 1)];
            var places = relevant.Select(r => Array.IndexOf(list, r) is var at and >= 0 ? at : k + random.Next(0, 5)).ToArray();

            Assert.Equal(RankingMetrics.Score(list, relevant, k).Ndcg, RankingMetrics.NdcgOfPlaces(places, relevantCount, k));
        }
    }

    [Fact]
    public void Score_ShortListWithOneHit_PrecisionStillDividesByK()
    {
        var scores = RankingMetrics.Score([3], [3], k: 10);

        Assert.Equal(0.1, scores.Precision, 12);
        Assert.Equal(1.0, scores.Ndcg, 12);
        Assert.Equal(1.0, scores.AveragePrecision, 12);
    }

    [Fact]
    public void Score_MoreRelevantThanK_IdealDcgAndApUseKPositions()
    {
        var scores = RankingMetrics.Score([1, 0], [0, 1, 2, 3], k: 2);

        Assert.Equal(0.5, scores.Recall, 12);
        Assert.Equal(1.0, scores.Ndcg, 12);
        Assert.Equal(1.0, scores.AveragePrecision, 12);
    }

    [Fact]
    public void Score_NoHit_AllZero()
    {
        var scores = RankingMetrics.Score([4, 5], [1], k: 2);

        Assert.Equal(default, scores);
    }

    [Fact]
    public void Coverage_RepeatedProducts_CountsDistinctOnes()
    {
        Assert.Equal(0.5, RankingMetrics.Coverage([1, 1, 2, 1], productCount: 4));
    }
}
