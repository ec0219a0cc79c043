using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class CoPurchasesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(3, false)]
    [InlineData(9, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(11, true)]
    public void SumRows_AnyNumberOfRows_TheSameFloatsAsAddingOneWeightedRowAtATime(int count, bool weighted)
    {
        // 37 columns: vectors and a remainder; values of mixed scale, so a different order of additions would round differently.
        const int columns = 37;
        var random = new Random(3);
        var matrix = Enumerable.Range(0, 20 * columns).Select(_ => (float)(random.NextDouble() * Math.Pow(10, random.Next(-3, 4)))).ToArray();
        var rows = Enumerable.Range(0, count).Select(_ => random.Next(0, 20)).ToArray();
        var weights = weighted ? rows.Select(_ => (float)random.NextDouble()).ToArray() : [];
        var expected = new float[columns];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var j = 0; j < columns; j++)
            {
                expected[j] += matrix[rows[r] * columns + j] * (weighted ? weights[r] : 1);
            }
        }
        var scores = Enumerable.Repeat(float.NaN, columns).ToArray();

        CoPurchases.SumRows(matrix, rows, weights, scores);

        Assert.Equal(expected, scores);
    }
}
