using ShopperSpectrum.Numerics;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Numerics;

public sealed class ImplicitConjugateGradientTests
{
    [Fact]
    public void Gram_RowsAcrossSeveralBlocks_EqualsYTransposeYPlusLambdaI()
    {
        // 5,000 rows of rank 3 span three blocks; the reference sums in double, one row after another.
        const int rank = 3;
        var random = new Random(5);
        var factors = Enumerable.Range(0, 5_000 * rank).Select(_ => (float)(random.NextDouble() - 0.3)).ToArray();
        var expected = new double[rank * rank];
        for (var i = 0; i < 5_000; i++)
        {
            for (var a = 0; a < rank; a++)
            {
                for (var b = 0; b < rank; b++)
                {
                    expected[(a * rank) + b] += (double)factors[(i * rank) + a] * factors[(i * rank) + b];
                }
            }
        }
        for (var a = 0; a < rank; a++)
        {
            expected[(a * rank) + a] += 2.5;
        }

        var gram = ImplicitConjugateGradient.Gram(factors, rank, 2.5f);

        for (var j = 0; j < expected.Length; j++)
        {
            Assert.Equal(expected[j], gram[j], 1e-5 * Math.Abs(expected[j]) + 1e-3);
        }
    }

    [Fact]
    public void Gram_Rank64_TheSameFloatsAsSummingEachBlockRowByRow()
    {
        // At the default rank the sums are kept in registers: the products must still be added in row order, unfused, in
        // float within each block of 2,048 rows and in double across blocks, so that ALS's factors stay what they were.
        const int rank = 64, rows = 5_000, block = 2_048;
        var random = new Random(8);
        var factors = Enumerable.Range(0, rows * rank).Select(_ => (float)(random.NextDouble() - 0.3)).ToArray();
        var expected = new double[rank * rank];
        for (var start = 0; start < rows; start += block)
        {
            var partial = new float[rank * rank];
            for (var i = start; i < Math.Min(rows, start + block); i++)
            {
                for (var a = 0; a < rank; a++)
                {
                    for (var b = 0; b < rank; b++)
                    {
                        var product = factors[(i * rank) + b] * factors[(i * rank) + a];
                        partial[(a * rank) + b] += product;
                    }
                }
            }
            for (var j = 0; j < expected.Length; j++)
            {
                expected[j] += partial[j];
            }
        }
        for (var a = 0; a < rank; a++)
        {
            expected[(a * rank) + a] += 2.5f;
        }

        var gram = ImplicitConjugateGradient.Gram(factors, rank, 2.5f);

        Assert.Equal(expected.Select(e => (float)e), gram);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(64)] // the default rank, four 512-bit vectors at a time where AVX-512 runs
    public void Sweep_AsManyStepsAsTheRank_SolvesEachRowsNormalEquations(int rank)
    {
        // x = (YᵀY + λI + Σₖ eₖ yₖyₖᵀ)⁻¹ Σₖ (1 + eₖ) yₖ over each row's items k with confidence 1 + eₖ, solved in double as reference.
        const int items = 90;
        const float lambda = 1;
        var random = new Random(rank);
        var fixedFactors = Enumerable.Range(0, items * rank).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var entries = Enumerable.Range(0, 3)
            .SelectMany(row => Enumerable.Range(0, items).Where(_ => random.NextDouble() < 0.2).Select(item => (row, item, (float)(0.5 + 3 * random.NextDouble()))))
            .ToList();
        var confidenceMinusOne = InteractionMatrix.FromEntries(3, items, entries);
        // Warm-started from arbitrary factors, as every sweep after the first is.
        var solved = Enumerable.Range(0, 3 * rank).Select(_ => (float)random.NextDouble()).ToArray();

        ImplicitConjugateGradient.Sweep(solved, fixedFactors, rank, confidenceMinusOne, lambda, steps: rank);

        for (var row = 0; row < 3; row++)
        {
            var a = new double[rank, rank];
            var b = new double[rank];
            for (var i = 0; i < rank; i++)
            {
                a[i, i] = lambda;
            }
            for (var item = 0; item < items; item++)
            {
                var e = entries.Where(x => x.row == row && x.item == item).Select(x => (double)x.Item3).FirstOrDefault();
                for (var i = 0; i < rank; i++)
                {
                    b[i] += e > 0 ? (1 + e) * fixedFactors[(item * rank) + i] : 0;
                    for (var j = 0; j < rank; j++)
                    {
                        a[i, j] += (1 + e) * fixedFactors[(item * rank) + i] * fixedFactors[(item * rank) + j];
                    }
                }
            }
            var expected = Solve(a, b);
            for (var i = 0; i < rank; i++)
            {
                Assert.Equal(expected[i], solved[(row * rank) + i], 2e-3);
            }
        }
    }

    /// <summary>Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(a[r, c]));
            for (var j = 0; j < n; j++)
            {
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            }
            (b[c], b[pivot]) = (b[pivot], b[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = a[r, c] / a[c, c];
                for (var j = c; j < n; j++)
                {
                    a[r, j] -= f * a[c, j];
                }
                b[r] -= f * b[c];
            }
        }
        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var j = r + 1; j < n; j++)
            {
                sum -= a[r, j] * x[j];
            }
            x[r] = sum / a[r, r];
        }
        return x;
    }
}
