using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Numerics;

/// <summary>
/// A sparse matrix whose rows list their entries group by group, each group's in ascending column order, where a column's
/// group is given: the entries of one row that fall in one group are one slice, found without a search.
/// </summary>
internal sealed class GroupedRows
{
    private readonly int groups;
    private readonly int[] starts;
    private readonly int[] columns;
    private readonly float[] values;

    /// <summary>Regroups <paramref name="matrix"/>'s rows by <paramref name="groupOfColumn"/> (0 to groups − 1; null: one group).</summary>
    public GroupedRows(InteractionMatrix matrix, int[]? groupOfColumn)
    {
        groups = groupOfColumn is null || groupOfColumn.Length == 0 ? 1 : groupOfColumn.Max() + 1;
        starts = new int[matrix.Rows * groups + 1];
        columns = new int[matrix.Count];
        values = new float[matrix.Count];
        var (next, at) = (0, new int[groups]);
        for (var row = 0; row < matrix.Rows; row++)
        {
            var rowColumns = matrix.RowIndices(row);
            var rowValues = matrix.RowValues(row);
            // A counting sort by group; the entries of a group keep their ascending order.
            var counts = starts.AsSpan(row * groups + 1, groups);
            foreach (var column in rowColumns)
            {
                counts[groupOfColumn?[column] ?? 0]++;
            }
            for (var g = 0; g < groups; g++)
            {
                (at[g], next) = (next, next + counts[g]);
                counts[g] = next;
            }
            for (var e = 0; e < rowColumns.Length; e++)
            {
                var slot = at[groupOfColumn?[rowColumns[e]] ?? 0]++;
                (columns[slot], values[slot]) = (rowColumns[e], rowValues[e]);
            }
        }
    }

    /// <summary>The columns of <paramref name="row"/>'s entries in <paramref name="group"/>, ascending.</summary>
    public ReadOnlySpan<int> Columns(int row, int group) => columns.AsSpan(Start(row, group), Length(row, group));

    /// <summary>The values of <paramref name="row"/>'s entries in <paramref name="group"/>, in the order of <see cref="Columns"/>.</summary>
    public ReadOnlySpan<float> Values(int row, int group) => values.AsSpan(Start(row, group), Length(row, group));

    private int Start(int row, int group) => starts[row * groups + group];

    private int Length(int row, int group) => starts[row * groups + group + 1] - starts[row * groups + group];
}
