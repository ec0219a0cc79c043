using ShopperSpectrum.Analysis;

namespace ShopperSpectrum.Tests.Analysis;

public sealed class MonetaryDistributionTests
{
    [Fact]
    public void Of_TotalsAcrossDecades_OneBinPerDecadeWithEmptyBinsBetween()
    {
        var distribution = MonetaryDistribution.Of([5, 7, 500, 0, -3], binsPerDecade: 1);

        Assert.Equal([(1.0, 10.0, 2L), (10, 100, 0), (100, 1000, 1)], distribution.Bins.Select(b => (b.Lower, b.Upper, b.Customers)));
        Assert.Equal(2, distribution.NonPositiveCustomers);
    }

    [Fact]
    public void Of_OnlyNonPositiveTotals_NoBins()
    {
        var distribution = MonetaryDistribution.Of([0, -1]);

        Assert.Empty(distribution.Bins);
        Assert.Equal(2, distribution.NonPositiveCustomers);
    }
}
