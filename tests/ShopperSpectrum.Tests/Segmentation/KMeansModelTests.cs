using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class KMeansModelTests
{
    private static readonly KMeansModel Model = new(3, 2, [0, 0, 10, 0, 0, 10], Inertia: 0);

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(9, 2, 1)]
    [InlineData(-1, 7, 2)]
    public void Predict_Point_ReturnsNearestCentroid(double x, double y, int expected) =>
        Assert.Equal(expected, Model.Predict([x, y]));

    [Fact]
    public void Predict_EquidistantPoint_ReturnsLowestIndex() => Assert.Equal(1, Model.Predict([10, 10]));

    [Fact]
    public void Predict_WrongDimensions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Model.Predict([1.0, 2.0, 3.0]));
}
