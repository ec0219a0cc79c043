using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class ElbowLocatorTests
{
    [Fact]
    public void Find_SharpBend_ReturnsKAtTheBend()
    {
        // Normalised: x = 0, .25, .5, .75, 1; y = 1, 10/90, 5/90, 2/90, 0. Gap below the chord y = 1 − x:
        // k=2: .75 − .111 = .639, k=3: .5 − .056 = .444, k=4: .25 − .022 = .228 → k = 2.
        Assert.Equal(2, ElbowLocator.Find([1, 2, 3, 4, 5], [100, 20, 15, 12, 10]));
    }

    [Fact]
    public void Find_StraightLine_ReturnsFirstK() =>
        Assert.Equal(2, ElbowLocator.Find([2, 3, 4, 5], [40, 30, 20, 10]));

    [Fact]
    public void Find_TwoPoints_ReturnsFirstK() => Assert.Equal(3, ElbowLocator.Find([3, 4], [10, 5]));
}
