using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Tests.Numerics;

public sealed class OrthonormalTests
{
    [Theory]
    [InlineData(1, 2_000, 20)]
    [InlineData(2, 2_000, 20)]
    [InlineData(2, 60, 60)]
    public void Orthonormalize_FullRankBlock_GivesOrthonormalColumnsSpanningTheSameSpace(int passes, int rows, int width)
    {
        var random = new Random(rows + width);
        var original = Enumerable.Range(0, rows * width).Select(_ => random.NextDouble() - 0.5).ToArray();
        var q = (double[])original.Clone();

        Orthonormal.Orthonormalize(q, rows, width, passes);

        AssertOrthonormal(q, rows, width, Enumerable.Range(0, width));
        // Y = Q·(QᵀY): nothing of Y lies outside the span of Q.
        var projection = Multiply(Transpose(q, rows, width), width, rows, original, width);
        var rebuilt = Multiply(q, rows, width, projection, width);
        Assert.All(rebuilt.Zip(original), pair => Assert.Equal(pair.Second, pair.First, 1e-9));
    }

    [Fact]
    public void Orthonormalize_RepeatedColumn_LeavesItZeroAndTheOthersOrthonormal()
    {
        const int rows = 500, width = 6;
        var random = new Random(3);
        var block = Enumerable.Range(0, rows * width).Select(_ => random.NextDouble() - 0.5).ToArray();
        for (var i = 0; i < rows; i++)
        {
            block[(i * width) + 4] = 2 * block[(i * width) + 1];
        }

        Orthonormal.Orthonormalize(block, rows, width);

        Assert.All(Enumerable.Range(0, rows), i => Assert.Equal(0, block[(i * width) + 4], 1e-9));
        AssertOrthonormal(block, rows, width, [0, 1, 2, 3, 5]);
    }

    [Fact]
    public void Gram_LongBlock_EqualsYTransposeY()
    {
        const int rows = 1_300, width = 7;
        var random = new Random(9);
        var block = Enumerable.Range(0, rows * width).Select(_ => random.NextDouble() - 0.5).ToArray();

        var gram = Orthonormal.Gram(block, rows, width);

        Assert.Equal(Multiply(Transpose(block, rows, width), width, rows, block, width), gram, (a, b) => Math.Abs(a - b) < 1e-10);
    }

    private static void AssertOrthonormal(double[] q, int rows, int width, IEnumerable<int> columns)
    {
        var product = Multiply(Transpose(q, rows, width), width, rows, q, width);
        foreach (var a in columns)
        {
            foreach (var b in columns)
            {
                Assert.Equal(a == b ? 1 : 0, product[(a * width) + b], 1e-12);
            }
        }
    }

    private static double[] Transpose(double[] m, int rows, int cols)
    {
        var t = new double[m.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                t[(j * rows) + i] = m[(i * cols) + j];
            }
        }
        return t;
    }

    private static double[] Multiply(double[] a, int rows, int inner, double[] b, int cols)
    {
        var c = new double[rows * cols];
        for (var i = 0; i < rows; i++)
        {
            for (var k = 0; k < inner; k++)
            {
                for (var j = 0; j < cols; j++)
                {
                    c[(i * cols) + j] += a[(i * inner) + k] * b[(k * cols) + j];
                }
            }
        }
        return c;
    }
}
