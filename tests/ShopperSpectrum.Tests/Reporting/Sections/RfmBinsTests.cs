using ShopperSpectrum.Reporting.Sections;

namespace ShopperSpectrum.Tests.Reporting.Sections;

public sealed class RfmBinsTests
{
    [Fact]
    public void Of_Recency_RoundWidthsFromZeroThatCountEveryValue()
    {
        double[] days = [0, 3, 49, 50, 120, 373];

        var bins = RfmBins.Of(days, 0, 12);

        Assert.Equal(50, bins[0].Upper - bins[0].Lower);
        Assert.Equal("0–49", bins[0].Label);
        Assert.Equal([3L, 1, 1, 0, 0, 0, 0, 1], bins.Select(b => b.Count));
        Assert.Equal(400, bins[^1].Upper);
    }

    [Fact]
    public void Of_OrdersWithALongTail_OneBinPerOrderThenAnOpenLastBin()
    {
        double[] orders = [.. Enumerable.Repeat(1.0, 60), .. Enumerable.Repeat(2.0, 30), .. Enumerable.Range(3, 8).Select(i => (double)i), 150, 209];

        var bins = RfmBins.Of(orders, 1, 30, tailQuantile: 0.98);

        Assert.Equal("1", bins[0].Label);
        Assert.Equal(60, bins[0].Count);
        Assert.Equal(30, bins[1].Count);
        Assert.StartsWith("≥", bins[^1].Label);
        Assert.Equal(orders.Length, bins.Sum(b => b.Count));
        Assert.True(bins[^1].Count >= 2);
    }
}
