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

        var worst = WorstDeviationFromIdentity(original, inverse, n);
        Assert.True(worst < 1e-12, $"largest deviation from the identity {worst}");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(97)]
    [InlineData(301)]
    public void Invert_RandomSpdMatrixInSinglePrecision_TimesOriginalIsIdentity(int n)
    {
        var original = RandomSpd(n, seed: n);
        var inverse = original.Select(v => (float)v).ToArray();

        SymmetricInverse.Invert(inverse, n);

        var worst = WorstDeviationFromIdentity(original, [.. inverse.Select(v => (double)v)], n);
        Assert.True(worst < 1e-4, $"largest deviation from the identity {worst}");
    }

    [Theory]
    [InlineData(1, 1, 1, false)]
    [InlineData(6, 16, 256, false)]
    [InlineData(13, 37, 600, false)]
    [InlineData(48, 48, 3, false)]
    [InlineData(11, 100, 2_100, false)]
    [InlineData(1, 1, 1, true)]
    [InlineData(8, 16, 256, true)]
    [InlineData(13, 37, 600, true)]
    [InlineData(48, 48, 35, true)]
    [InlineData(11, 100, 2_100, true)]
    public void DotTilesAccumulate_Float_MatchesDoublePrecisionDotProducts(int rows, int cols, int depth, bool wide)
    {
        var random = new Random(rows * 1000 + cols);
        var stride = depth + 5;
        var x = Enumerable.Range(0, (rows + 2) * stride).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var y = Enumerable.Range(0, (cols + 3) * stride).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var c = Enumerable.Range(0, rows * cols).Select(i => (float)i).ToArray();
        // Packed over more columns than the product reads, as the inverse's steps share one packing.
        var packed = PackedRows<float>.Pack(y, 3, cols, stride, 1, 4 + depth);

        DotTiles.Accumulate(x, 2, rows, stride, packed, 4, 4 + depth, c, wide);

        for (var r = 0; r < rows; r++)
        {
            for (var s = 0; s < cols; s++)
            {
                var expected = (double)(r * cols + s);
                for (var p = 4; p < 4 + depth; p++)
                {
                    expected += (double)x[(2 + r) * stride + p] * y[(3 + s) * stride + p];
                }
                Assert.Equal(expected, c[r * cols + s], 1e-3);
            }
        }
    }

    [Theory]
    [InlineData(9, 30, 77, false)]
    [InlineData(9, 30, 77, true)]
    public void DotTilesAccumulate_Double_MatchesDotProducts(int rows, int cols, int depth, bool wide)
    {
        var random = new Random(rows + cols);
        var x = Enumerable.Range(0, rows * depth).Select(_ => random.NextDouble() - 0.5).ToArray();
        var y = Enumerable.Range(0, cols * depth).Select(_ => random.NextDouble() - 0.5).ToArray();
        var c = new double[rows * cols];

        DotTiles.Accumulate(x, 0, rows, depth, PackedRows<double>.Pack(y, 0, cols, depth, 0, depth), 0, depth, c, wide);

        for (var r = 0; r < rows; r++)
        {
            for (var s = 0; s < cols; s++)
            {
                var expected = Enumerable.Range(0, depth).Sum(p => x[r * depth + p] * y[s * depth + p]);
                Assert.Equal(expected, c[r * cols + s], 1e-12);
            }
        }
    }

    [Fact]
    public void Invert_NotPositiveDefinite_Throws()
    {
        double[] a = [1, 2, 2, 1];

        Assert.Throws<ArithmeticException>(() => SymmetricInverse.Invert(a, 2));
    }

    /// <summary>The largest |(A·A⁻¹ − I)[i, j]|, checking on the way that the inverse is symmetric.</summary>
    private static double WorstDeviationFromIdentity(double[] original, double[] inverse, int n)
    {
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
        return worst;
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
