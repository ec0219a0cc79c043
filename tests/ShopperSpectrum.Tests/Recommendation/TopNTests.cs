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
    [InlineData(1, false)]
    [InlineData(10, false)]
    [InlineData(50, false)]
    [InlineData(10, true)]
    public void Select_LargeRandomVector_MatchesAFullSort(int k, bool excludedScoreHighest)
    {
        var random = new Random(11);
        // Few distinct values so that ties are common and the SIMD skip meets equal scores; excluded products scored over
        // every other, as bought products often are, sit in blocks the skip cannot pass.
        var scores = Enumerable.Range(0, 4_003).Select(i => (float)random.Next(0, 300) + (excludedScoreHighest && i % 7 == 3 ? 1_000 : 0)).ToArray();
        var excluded = Enumerable.Range(0, 4_003).Where(i => i % 7 == 3).ToArray();
        var expected = Enumerable.Range(0, scores.Length).Where(i => i % 7 != 3)
            .OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k).ToArray();
        var top = new int[k];

        var count = TopN.Select(scores, excluded, top);

        Assert.Equal(k, count);
        Assert.Equal(expected, top);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(50)]
    public void PlacesAmong_ProductsReachingTheSeedsFloorAtBothEnds_PlaceSelectsListOnTheSummedScoresAtEveryDeltaBetween(int k)
    {
        var random = new Random(5);
        // Coarse values, so ties are common, also at the floors themselves.
        var blend = Enumerable.Range(0, 4_003).Select(_ => random.Next(0, 40) / 40f).ToArray();
        var change = Enumerable.Range(0, 4_003).Select(_ => random.Next(0, 40) / 40f).ToArray();
        var excluded = Enumerable.Range(0, 4_003).Where(i => i % 5 == 1).ToArray();
        float[] deltas = [-1, -0.35f, 0, 0.1f, 0.5f, 2];
        var seeds = new int[k];
        TopN.Select(blend, excluded, seeds);
        float Floor(float delta) => seeds.Min(i => blend[i] + change[i] * delta);
        var candidates = new int[blend.Length];

        var count = TopN.Reaching(blend, change, (deltas[0], Floor(deltas[0])), (deltas[^1], Floor(deltas[^1])), excluded, candidates);

        Assert.InRange(count, k, blend.Length - excluded.Length - 1);
        var reaching = candidates[..count];
        foreach (var delta in deltas)
        {
            var summed = blend.Select((b, i) => b + change[i] * delta).ToArray();
            var expected = new int[k];
            TopN.Select(summed, excluded, expected);
            var places = new int[count];
            TopN.PlacesAmong(reaching, [.. reaching.Select(i => blend[i])], [.. reaching.Select(i => change[i])], delta, reaching, places, new float[count]);
            // Select's list, read back from the places: the product at place j is its j-th entry; every other candidate is placed k or later.
            Assert.Equal(expected, Enumerable.Range(0, k).Select(j => reaching[Array.IndexOf(places, j)]));
            Assert.Equal(count - k, places.Count(p => p >= k));
        }
    }

    [Fact]
    public void PlacesAmong_NaNScores_AreNeverPlacedNorPlaceAnyoneLower()
    {
        float[] blend = [0.5f, float.NaN, 0.9f, 0.5f];
        var places = new int[4];

        TopN.PlacesAmong([0, 1, 2, 3], blend, new float[4], 1, [0, 1, 2, 3], places, new float[4]);

        Assert.Equal([1, int.MaxValue, 0, 2], places);
    }

    [Fact]
    public void Reaching_ScoresAtEitherEnd_AscendingWithoutExcluded()
    {
        float[] blend = [0.1f, 0.9f, 0.4f, 0.2f, 0.8f, 0.0f, 0.3f, 0.6f, 0.5f, 0.7f];
        float[] change = [0.9f, 0.0f, 0.0f, 0.1f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f];
        var found = new int[blend.Length];

        // At δ = 0 products scoring 0.75 or more reach the floor (1 and 4); at δ = 1 product 0 (0.1 + 0.9) does too; 4 is excluded.
        var count = TopN.Reaching(blend, change, (0, 0.75f), (1, 0.95f), [4], found);

        Assert.Equal([0, 1], found[..count]);
    }
}
