using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class InteractionMatrixTests
{
    private static readonly InteractionMatrix Matrix = InteractionMatrix.FromEntries(3, 4,
        [(2, 3, 1f), (0, 1, 2f), (0, 1, 3f), (0, 0, 1f), (2, 0, 4f)]);

    [Fact]
    public void FromEntries_UnorderedWithRepeats_SortsColumnsAndSumsRepeats()
    {
        Assert.Equal([0, 1], Matrix.RowIndices(0).ToArray());
        Assert.Equal([1f, 5f], Matrix.RowValues(0).ToArray());
        Assert.True(Matrix.RowIndices(1).IsEmpty);
        Assert.Equal([0, 3], Matrix.RowIndices(2).ToArray());
        Assert.Equal(4, Matrix.Count);
    }

    [Fact]
    public void Transpose_SwapsRowsAndColumns()
    {
        var transposed = Matrix.Transpose();

        Assert.Equal((4, 3), (transposed.Rows, transposed.Columns));
        Assert.Equal([0, 2], transposed.RowIndices(0).ToArray());
        Assert.Equal([1f, 4f], transposed.RowValues(0).ToArray());
        Assert.Equal([0], transposed.RowIndices(1).ToArray());
        Assert.Equal([2], transposed.RowIndices(3).ToArray());
    }

    [Fact]
    public void Map_KeepsThePattern() =>
        Assert.Equal([1f, 1f, 1f, 1f], Matrix.Map(_ => 1f).Values.ToArray());

    [Fact]
    public void FromSortedEntries_SameCellsAsFromEntries()
    {
        var sorted = InteractionMatrix.FromSortedEntries(3, 4, [0, 0, 2, 2], [0, 1, 0, 3], [1f, 5f, 4f, 1f]);

        Assert.Equal(Matrix.RowStarts.ToArray(), sorted.RowStarts.ToArray());
        Assert.Equal(Matrix.ColumnIndices.ToArray(), sorted.ColumnIndices.ToArray());
        Assert.Equal(Matrix.Values.ToArray(), sorted.Values.ToArray());
    }

    [Fact]
    public void FromSortedEntries_OutOfOrder_Refused() =>
        Assert.Throws<ArgumentException>(() => InteractionMatrix.FromSortedEntries(2, 2, [1, 0], [0, 0], [1f, 1f]));
}
