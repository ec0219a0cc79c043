using ShopperSpectrum.Numerics;

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
}
