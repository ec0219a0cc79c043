using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class ItemKnnRecommenderTests
{
    private static readonly ItemKnnOptions Plain = new() { RecencyHalfLifeDays = null, RepeatStrength = false };

    [Fact]
    public void Score_HandMadeFixture_SumsCosinesOfBoughtProducts()
    {
        // c2 bought p1 and p2. Buyers: p1 {c1, c2}, p2 {c1, c2, c3}, p3 {c1, c3}, p4 {c3, c4}.
        var scores = Interactions.Scores(new ItemKnnRecommender(Plain).Fit(Interactions.HandMade()), 1, 6);

        Assert.Equal(0.5 + (2 / Math.Sqrt(6)), scores[2], 5); // cos(p1, p3) + cos(p2, p3)
        Assert.Equal(1 / Math.Sqrt(6), scores[3], 5);        // cos(p2, p4)
        Assert.Equal(0f, scores[4]);
        Assert.Equal(2 / Math.Sqrt(6), scores[0], 5);        // cos(p2, p1): the caller removes bought products
    }

    [Fact]
    public void Score_OneNeighbour_KeepsOnlyEachProductsMostSimilar()
    {
        // p1's nearest is p2 and p2's nearest is p1 (ties go to the lower index), so nothing reaches p3 or p4.
        var scores = Interactions.Scores(new ItemKnnRecommender(Plain with { Neighbours = 1 }).Fit(Interactions.HandMade()), 1, 6);

        Assert.Equal([0f, 0f, 0f, 0f], scores[2..]);
        Assert.Equal(2 / Math.Sqrt(6), scores[0], 5);
    }

    [Fact]
    public void Score_RecencyHalfLife_HalvesAPurchaseOneHalfLifeOld()
    {
        // c2 bought p1 30 days ago and p2 today: p3's score is ½·cos(p1, p3) + cos(p2, p3).
        var days = Enumerable.Range(0, 5).Select(_ => new float[] { 30, 0, 0, 0, 0, 0 }).ToArray();
        var data = Interactions.FromOrders(
            [[1, 1, 1, 0, 0, 0], [1, 1, 0, 0, 0, 0], [0, 1, 1, 1, 0, 0], [0, 0, 0, 1, 1, 0], [0, 0, 0, 0, 1, 1]], days);

        var scores = Interactions.Scores(new ItemKnnRecommender(Plain with { RecencyHalfLifeDays = 30 }).Fit(data), 1, 6);

        Assert.Equal((0.5 * 0.5) + (2 / Math.Sqrt(6)), scores[2], 5);
    }

    [Fact]
    public void Score_RepeatStrength_WeighsRepeatedProductsByLogOrders()
    {
        var data = Interactions.FromOrders(
            [[1, 1, 1, 0, 0, 0], [3, 1, 0, 0, 0, 0], [0, 1, 1, 1, 0, 0], [0, 0, 0, 1, 1, 0], [0, 0, 0, 0, 1, 1]]);

        var scores = Interactions.Scores(new ItemKnnRecommender(Plain with { RepeatStrength = true }).Fit(data), 1, 6);

        Assert.Equal(((1 + Math.Log(4)) * 0.5) + ((1 + Math.Log(2)) * 2 / Math.Sqrt(6)), scores[2], 5);
    }

    [Fact]
    public void Explain_HandMadeFixture_NamesTheMostSimilarBoughtProductAndItsCoBuyers()
    {
        var model = new ItemKnnRecommender(Plain).Fit(Interactions.HandMade(["Mug", "Plate", "Bowl", "Jug", "Vase", "Lamp"]));

        Assert.Equal("Bought with Plate by 2 customers.", model.Explain(1, 2));
        Assert.Equal("Bought with Plate by 1 customer.", model.Explain(1, 3));
    }

    [Fact]
    public void Constructor_AsymmetryAboveOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ItemKnnRecommender(new ItemKnnOptions { Asymmetry = 1.5f }));
}
