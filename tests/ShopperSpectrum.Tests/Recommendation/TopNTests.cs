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

    [Theory]
    [InlineData(1, 0.5f)]
    [InlineData(10, -0.35f)]
    [InlineData(10, 2f)]
    [InlineData(50, 0.1f)]
    public void SelectBlend_FloorFromTheBlendsOwnTopK_MatchesSelectOnTheSummedScores(int k, float delta)
    {
        var random = new Random(5);
        // Coarse values, so ties are common across blocks and at the floor itself.
        var blend = Enumerable.Range(0, 4_003).Select(_ => random.Next(0, 40) / 40f).ToArray();
        var change = Enumerable.Range(0, 4_003).Select(_ => random.Next(0, 40) / 40f).ToArray();
        var excluded = Enumerable.Range(0, 4_003).Where(i => i % 5 == 1).ToArray();
        var summed = blend.Select((b, i) => b + change[i] * delta).ToArray();
        var expected = new int[k];
        TopN.Select(summed, excluded, expected);
        var seeds = new int[k];
        TopN.Select(blend, excluded, seeds);
        var floor = seeds.Min(i => summed[i]);
        var top = new int[k];

        var count = TopN.SelectBlend(blend, change, delta, floor, excluded, top, new float[blend.Length]);
        var unbounded = new int[k];
        TopN.SelectBlend(blend, change, delta, float.NegativeInfinity, excluded, unbounded, new float[blend.Length]);

        Assert.Equal(k, count);
        Assert.Equal(expected, top);
        Assert.Equal(expected, unbounded);
    }

    [Fact]
    public void SelectBlend_FloorAboveEveryScore_SelectsNothing()
    {
        float[] blend = [0.1f, 0.9f, 0.4f];
        float[] change = [0.5f, 0.1f, 0.2f];

        var count = TopN.SelectBlend(blend, change, 1, 2f, ReadOnlySpan<int>.Empty, new int[2], new float[3]);

        Assert.Equal(0, count);
    }
}
