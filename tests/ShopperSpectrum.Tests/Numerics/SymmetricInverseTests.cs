using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Tests.Numerics;

public sealed class SymmetricInverseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(101)]
    [InlineData(250)]
    public void Invert_RandomSpdMatrix_TimesOriginalIsIdentity(int n)
    {
        var original = RandomSpd(n, seed: n);
        var inverse = (double[])original.Clone();

        SymmetricInverse.Invert(inverse, n);

        var worst = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var p = 0; p < n; p++)
                {
                    sum += original[i * n + p] * inverse[p * n + j];
                }
                worst = Math.Max(worst, Math.Abs(sum - (i == j ? 1 : 0)));
                Assert.Equal(inverse[i * n + j], inverse[j * n + i]);
            }
        }
        Assert.True(worst < 1e-12, $"largest deviation from the identity {worst}");
    }

    [Fact]
    public void Invert_NotPositiveDefinite_Throws()
    {
        double[] a = [1, 2, 2, 1];

        Assert.Throws<ArithmeticException>(() => SymmetricInverse.Invert(a, 2));
    }

    private static double[] RandomSpd(int n, int seed)
    {
        var random = new Random(seed);
        var a = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                a[i * n + j] = a[j * n + i] = random.NextDouble() - 0.5;
            }
            a[i * n + i] += n;
        }
        return a;
    }
}
