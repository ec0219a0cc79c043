using ShopperSpectrum.Numerics;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Numerics;

public sealed class GroupedRowsTests
{
    [Fact]
    public void Slices_HoldEachRowsEntriesOfOneGroupAscendingWithTheirValues()
    {
        var random = new Random(3);
        var entries = Enumerable.Range(0, 400).Select(_ => (Row: random.Next(0, 20), Column: random.Next(0, 50)))
            .Distinct().Select(e => (e.Row, e.Column, (float)(e.Row * 100 + e.Column))).ToList();
        var matrix = InteractionMatrix.FromEntries(20, 50, entries);
        var groupOf = Enumerable.Range(0, 50).Select(_ => random.Next(0, 4)).ToArray();

        var grouped = new GroupedRows(matrix, groupOf);

        for (var row = 0; row < 20; row++)
        {
            for (var group = 0; group < 4; group++)
            {
                var expected = entries.Where(e => e.Row == row && groupOf[e.Column] == group).Select(e => e.Column).Order().ToArray();
                Assert.Equal(expected, grouped.Columns(row, group).ToArray());
                Assert.Equal(expected.Select(c => (float)(row * 100 + c)), grouped.Values(row, group).ToArray());
            }
        }
    }

    [Fact]
    public void NoGroups_OneSliceIsTheWholeRow()
    {
        var matrix = InteractionMatrix.FromEntries(2, 5, [(0, 4, 1f), (0, 1, 2f), (1, 3, 3f)]);

        var grouped = new GroupedRows(matrix, null);

        Assert.Equal([1, 4], grouped.Columns(0, 0).ToArray());
        Assert.Equal([2f, 1f], grouped.Values(0, 0).ToArray());
        Assert.Equal([3], grouped.Columns(1, 0).ToArray());
    }
}
