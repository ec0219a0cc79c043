using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class FeatureScalerTests
{
    // Column 0: raw 0, e − 1, e² − 1 → log1p 0, 1, 2 → mean 1, population sd √(2/3) → z = −√1.5, 0, √1.5.
    // Column 1: raw −5 (clipped to 0), 0, 0 → log1p 0, 0, 0 → mean 0, sd 0 → z = 0 (divided by 1, like scikit-learn).
    private static readonly double[] Rows = [0, -5, Math.E - 1, 0, (Math.E * Math.E) - 1, 0];

    [Fact]
    public void Fit_ThreeRows_LearnsLogMeansAndPopulationDeviations()
    {
        var scaler = FeatureScaler.Fit(Rows, 2);

        Assert.Equal(1.0, scaler.Means[0], 12);
        Assert.Equal(Math.Sqrt(2.0 / 3.0), scaler.StandardDeviations[0], 12);
        Assert.Equal(0.0, scaler.Means[1], 12);
        Assert.Equal(0.0, scaler.StandardDeviations[1], 12);
    }

    [Fact]
    public void Transform_ThreeRows_ReturnsHandComputedZScores()
    {
        var scaled = FeatureScaler.Fit(Rows, 2).Transform(Rows, 2);

        double[] expected = [-Math.Sqrt(1.5), 0, 0, 0, Math.Sqrt(1.5), 0];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], scaled[i], 12);
        }
    }

    [Fact]
    public void Transform_OnePoint_MatchesMatrixTransform()
    {
        var scaler = FeatureScaler.Fit(Rows, 2);
        Span<double> point = stackalloc double[2];

        scaler.Transform([Math.E - 1, 3], point);

        Assert.Equal(0.0, point[0], 12);
        Assert.Equal(Math.Log(4), point[1], 12);
    }

    [Fact]
    public void Fit_LengthNotMultipleOfDimensions_Throws() =>
        Assert.Throws<ArgumentException>(() => FeatureScaler.Fit([1, 2, 3], 2));
}
