using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class UserKnnRecommenderTests
{
    [Fact]
    public void Score_OneSegment_SumsNeighbourCosinesOverTheirPurchases()
    {
        // c2 = {p1, p2}: cos(c2, c1 = {p1, p2, p3}) = 2/√6, cos(c2, c3 = {p2, p3, p4}) = 1/√6; c4 and c5 share nothing.
        var scores = Interactions.Scores(new UserKnnRecommender().Fit(Interactions.HandMade()), 1, 6);

        Assert.Equal(3 / Math.Sqrt(6), scores[2], 5);
        Assert.Equal(1 / Math.Sqrt(6), scores[3], 5);
        Assert.Equal([0f, 0f], scores[4..]);
    }

    [Fact]
    public void PairVisits_HandMade_SumsEachProductsBuyersSquaredPerSegment()
    {
        // Buyers per product: p1 2, p2 3, p3 2, p4 2, p5 2, p6 1 → 4 + 9 + 4 + 4 + 4 + 1 = 26 in one segment;
        // with c1 alone in segment 1: p1 1 + 1, p2 1 + 4, p3 1 + 1, p4 4, p5 4, p6 1 → 18.
        var bought = Interactions.HandMade().Bought;

        Assert.Equal(26, UserKnnRecommender.PairVisits(bought, new int[5]));
        Assert.Equal(18, UserKnnRecommender.PairVisits(bought, [1, 0, 0, 0, 0]));
    }

    [Fact]
    public void Fit_MorePairVisitsThanAllowed_AbstainsWithZeroScores()
    {
        var data = Interactions.HandMade();

        var abstained = new UserKnnRecommender(new UserKnnOptions { MaxPairVisits = 25 }).Fit(data);
        var fitted = new UserKnnRecommender(new UserKnnOptions { MaxPairVisits = 26 }).Fit(data);

        Assert.All(Interactions.Scores(abstained, 1, 6), s => Assert.Equal(0f, s));
        Assert.Contains("26 pairs", abstained.Explain(1, 2), StringComparison.Ordinal);
        Assert.Equal(3 / Math.Sqrt(6), Interactions.Scores(fitted, 1, 6)[2], 5);
    }

    [Fact]
    public void Score_OneNeighbour_UsesOnlyTheNearestCustomer()
    {
        var scores = Interactions.Scores(new UserKnnRecommender(new UserKnnOptions { Neighbours = 1 }).Fit(Interactions.HandMade()), 1, 6);

        Assert.Equal(2 / Math.Sqrt(6), scores[2], 5);
        Assert.Equal(0f, scores[3]);
    }

    [Fact]
    public void Score_Segments_IgnoresCustomersOfOtherSegments()
    {
        // c1 sits in another segment, so c2's only neighbour is c3.
        var model = new UserKnnRecommender(_ => [1, 0, 0, 2, 2]).Fit(Interactions.HandMade());

        var scores = Interactions.Scores(model, 1, 6);

        Assert.Equal(1 / Math.Sqrt(6), scores[2], 5);
        Assert.Equal(1 / Math.Sqrt(6), scores[3], 5);
        Assert.Equal(0f, scores[0]);
    }

    [Fact]
    public void Fit_TooManyPairVisitsInAnySplit_AbstainsWithoutComputingSegments()
    {
        // 26 visits unsplit: two segments leave at least 13, so a limit of 12 abstains before the segments are asked for.
        var asked = 0;
        int[] Segments(InteractionData data)
        {
            asked++;
            return [1, 0, 0, 0, 0];
        }
        var options = new UserKnnOptions { MaxPairVisits = 12 };

        var abstained = new UserKnnRecommender(Segments, options, segmentsAtMost: 2).Fit(Interactions.HandMade());

        Assert.Equal(0, asked);
        Assert.Contains("13 pairs", abstained.Explain(1, 2), StringComparison.Ordinal);
        new UserKnnRecommender(Segments, options with { MaxPairVisits = 18 }, segmentsAtMost: 2).Fit(Interactions.HandMade());
        Assert.Equal(1, asked);
    }

    [Fact]
    public void Fit_MoreSegmentsThanPromised_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UserKnnRecommender(_ => [0, 1, 2, 0, 0], segmentsAtMost: 2).Fit(Interactions.HandMade()));

    [Fact]
    public void Fit_SegmentsOfWrongLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UserKnnRecommender(_ => [0, 0]).Fit(Interactions.HandMade()));

    [Fact]
    public void Explain_HandMadeFixture_CountsNeighboursWhoBoughtTheProduct()
    {
        var model = new UserKnnRecommender().Fit(Interactions.HandMade(["Mug", "Plate", "Bowl", "Jug", "Vase", "Lamp"]));

        Assert.Equal("Popular with similar customers in your segment: 2 of the 2 who buy most like you bought Bowl.", model.Explain(1, 2));
    }
}
