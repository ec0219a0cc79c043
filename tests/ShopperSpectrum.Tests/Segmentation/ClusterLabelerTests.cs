using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class ClusterLabelerTests
{
    [Fact]
    public void Label_FourClearSegments_UsesTheBusinessNamesInInputOrder()
    {
        // C beats D on every measure (more recent, more orders, more spend), so C is Regular and D Occasional.
        ClusterProfile[] profiles =
        [
            new(0, 300, Recency: 60, Frequency: 2, Monetary: 500),     // D
            new(1, 900, Recency: 200, Frequency: 1, Monetary: 300),    // B: longest away
            new(2, 100, Recency: 10, Frequency: 20, Monetary: 10_000), // A: best value
            new(3, 500, Recency: 30, Frequency: 5, Monetary: 2_000),   // C
        ];

        Assert.Equal(["Occasional", "At-Risk", "High-Value", "Regular"], ClusterLabeler.Label(profiles));
    }

    [Fact]
    public void Label_FourSegments_AtRiskIsLongestAwayEvenIfNotLowestValue()
    {
        // Value z(F) + z(M) − z(R); means R 58.75, F 10.25, M 6175; population sds R ≈ 47.75, F ≈ 11.54, M ≈ 8043:
        // B ≈ −0.37 − 0.39 − 1.28 = −2.05 is not the lowest (D ≈ −0.80 − 0.74 − 0.65 = −2.20), yet B is longest away.
        ClusterProfile[] profiles =
        [
            new(0, 50, Recency: 5, Frequency: 30, Monetary: 20_000),
            new(1, 400, Recency: 120, Frequency: 6, Monetary: 3_000),
            new(2, 800, Recency: 20, Frequency: 4, Monetary: 1_500),
            new(3, 700, Recency: 90, Frequency: 1, Monetary: 200),
        ];

        Assert.Equal(["High-Value", "At-Risk", "Regular", "Occasional"], ClusterLabeler.Label(profiles));
    }

    [Fact]
    public void Label_TwoSegments_HighValueAndAtRisk() =>
        Assert.Equal(
            ["At-Risk", "High-Value"],
            ClusterLabeler.Label([new(0, 10, 150, 1.5, 400), new(1, 10, 20, 8, 4_000)]));

    [Fact]
    public void Label_ThreeSegments_HighValueAtRiskRegular() =>
        Assert.Equal(
            ["Regular", "High-Value", "At-Risk"],
            ClusterLabeler.Label([new(0, 10, 44, 3.4, 1_253), new(1, 10, 17, 13.3, 7_859), new(2, 10, 167, 1.4, 360)]));

    [Fact]
    public void Label_FiveSegments_AddsLostAndNewCustomers()
    {
        // scikit-learn's k = 5 profiles on the Online Retail data.
        ClusterProfile[] profiles =
        [
            new(0, 964, 19.3, 5.8, 2_158.6),
            new(1, 1_173, 209.8, 1.2, 268.2),
            new(2, 841, 27.4, 1.6, 389.3),
            new(3, 345, 12.2, 20.6, 13_693.2),
            new(4, 1_015, 107.9, 3.1, 1_418.8),
        ];

        Assert.Equal(["Regular", "Lost", "New Customers", "High-Value", "At-Risk"], ClusterLabeler.Label(profiles));
    }

    [Fact]
    public void Label_FiveSegments_LongAwayBigSpendersAreLapsedHighValue()
    {
        ClusterProfile[] profiles =
        [
            new(0, 10, 10, 25, 15_000),
            new(1, 10, 300, 1, 200),
            new(2, 10, 150, 8, 6_000),
            new(3, 10, 15, 1.2, 300),
            new(4, 10, 40, 5, 2_500),
        ];

        Assert.Equal(["High-Value", "Lost", "Lapsed High-Value", "New Customers", "Regular"], ClusterLabeler.Label(profiles));
    }

    [Fact]
    public void Label_TenSegments_GivesTenDistinctNames()
    {
        var profiles = Enumerable.Range(0, 10).Select(c => new ClusterProfile(c, 10, 10 + (c * 20), 10 - c, 5_000 - (c * 400))).ToArray();

        var names = ClusterLabeler.Label(profiles);

        Assert.Equal(10, names.Distinct().Count());
        Assert.Equal("High-Value", names[0]);
        Assert.Equal("Lost", names[9]);
    }

    [Fact]
    public void Label_IdenticalProfiles_AppendsNumbersToStayDistinct()
    {
        var names = ClusterLabeler.Label(Enumerable.Range(0, 6).Select(c => new ClusterProfile(c, 1, 30, 2, 100)).ToArray());

        Assert.Equal(6, names.Distinct().Count());
    }

    [Fact]
    public void Label_FourClustersWhereRecencyFavoursTheRarerBuyer_MoreFrequentIsRegular()
    {
        // The demo data's clusters: the 39-day, 1.2-order cluster scores higher on value (it bought recently) than the
        // 124-day, 2.8-order cluster, but buys once: it is the occasional one.
        var profiles = new[]
        {
            new ClusterProfile(0, 734, 27.9, 7.6, 2629),
            new ClusterProfile(1, 1380, 123.7, 2.8, 577),
            new ClusterProfile(2, 1383, 39.2, 1.2, 145),
            new ClusterProfile(3, 3039, 215.2, 1.1, 112),
        };

        Assert.Equal(["High-Value", "Regular", "Occasional", "At-Risk"], ClusterLabeler.Label(profiles));
    }
}
