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
    public void Fit_SegmentsOfWrongLength_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UserKnnRecommender(_ => [0, 0]).Fit(Interactions.HandMade()));

    [Fact]
    public void Explain_HandMadeFixture_CountsNeighboursWhoBoughtTheProduct()
    {
        var model = new UserKnnRecommender().Fit(Interactions.HandMade(["Mug", "Plate", "Bowl", "Jug", "Vase", "Lamp"]));

        Assert.Equal("Popular with similar customers in your segment: 2 of the 2 who buy most like you bought Bowl.", model.Explain(1, 2));
    }
}
