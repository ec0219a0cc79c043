using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class TopNTests
{
    [Fact]
    public void Select_ExcludedSortedList_SkipsExcludedAndOrdersByScore()
    {
        float[] scores = [1, 5, 3, 5, 2, 4];
        var top = new int[3];

        var count = TopN.Select(scores, [1], top);

        Assert.Equal(3, count);
        Assert.Equal([3, 5, 2], top);
    }

    [Fact]
    public void Select_TiedScores_LowerIndexFirst()
    {
        float[] scores = [2, 7, 2, 7, 2];
        var top = new int[4];

        TopN.Select(scores, ReadOnlySpan<int>.Empty, top);

        Assert.Equal([1, 3, 0, 2], top);
    }

    [Fact]
    public void Select_FewerCandidatesThanK_ReturnsTheShorterCount()
    {
        float[] scores = [1, 2, 3];
        var top = new int[10];

        var count = TopN.Select(scores, [0, 2], top);

        Assert.Equal(1, count);
        Assert.Equal(1, top[0]);
    }

    [Fact]
    public void Select_BoolMask_SameAsSortedList()
    {
        float[] scores = [1, 5, 3, 5, 2, 4];
        var top = new int[3];

        TopN.Select(scores, [false, true, false, false, false, true], top);

        Assert.Equal([3, 2, 4], top);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(50)]
    public void Select_LargeRandomVector_MatchesAFullSort(int k)
    {
        var random = new Random(11);
        // Few distinct values so that ties are common and the SIMD skip meets equal scores.
        var scores = Enumerable.Range(0, 4_003).Select(_ => (float)random.Next(0, 300)).ToArray();
        var excluded = Enumerable.Range(0, 4_003).Where(i => i % 7 == 3).ToArray();
        var expected = Enumerable.Range(0, scores.Length).Where(i => i % 7 != 3)
            .OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k).ToArray();
        var top = new int[k];

        var count = TopN.Select(scores, excluded, top);

        Assert.Equal(k, count);
        Assert.Equal(expected, top);
    }
}
