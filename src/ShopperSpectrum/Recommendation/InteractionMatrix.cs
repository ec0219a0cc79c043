namespace ShopperSpectrum.Recommendation;

/// <summary>An immutable sparse customers × products matrix in compressed rows (CSR), column indices sorted within each row.</summary>
public sealed class InteractionMatrix
{
    private readonly int[] rowStarts;
    private readonly int[] columnIndices;
    private readonly float[] values;

    private InteractionMatrix(int rows, int columns, int[] rowStarts, int[] columnIndices, float[] values)
    {
        Rows = rows;
        Columns = columns;
        this.rowStarts = rowStarts;
        this.columnIndices = columnIndices;
        this.values = values;
    }

    /// <summary>Number of rows (customers).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (products).</summary>
    public int Columns { get; }

    /// <summary>Number of stored (non-zero) entries.</summary>
    public int Count => columnIndices.Length;

    /// <summary>The column indices stored in a row, ascending.</summary>
    public ReadOnlySpan<int> RowIndices(int row) => columnIndices.AsSpan(rowStarts[row], rowStarts[row + 1] - rowStarts[row]);

    /// <summary>The values stored in a row, aligned with <see cref="RowIndices"/>.</summary>
    public ReadOnlySpan<float> RowValues(int row) => values.AsSpan(rowStarts[row], rowStarts[row + 1] - rowStarts[row]);

    /// <summary>Where each row starts in the entry arrays (length Rows + 1).</summary>
    public ReadOnlySpan<int> RowStarts => rowStarts;

    /// <summary>Every entry's column index, row after row.</summary>
    public ReadOnlySpan<int> ColumnIndices => columnIndices;

    /// <summary>Every entry's value, aligned with <see cref="ColumnIndices"/>.</summary>
    public ReadOnlySpan<float> Values => values;

    /// <summary>Wraps compressed rows read back from a recommender artifact, checking that their shapes agree.</summary>
    internal static InteractionMatrix FromCompressedRows(int rows, int columns, int[] rowStarts, int[] columnIndices, float[] values)
    {
        if (rows < 0 || columns < 0 || rowStarts.Length != rows + 1 || columnIndices.Length != values.Length
            || rowStarts[0] != 0 || rowStarts[rows] != columnIndices.Length)
        {
            throw new InvalidDataException("A sparse matrix is inconsistent.");
        }
        return new InteractionMatrix(rows, columns, rowStarts, columnIndices, values);
    }

    /// <summary>Builds a matrix from (row, column, value) entries in any order; repeated cells are summed.</summary>
    public static InteractionMatrix FromEntries(int rows, int columns, IEnumerable<(int Row, int Column, float Value)> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        var byRow = new List<(int Column, float Value)>[rows];
        foreach (var (row, column, value) in entries)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)rows, nameof(entries));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)columns, nameof(entries));
            (byRow[row] ??= []).Add((column, value));
        }
        var starts = new int[rows + 1];
        var indices = new List<int>();
        var stored = new List<float>();
        for (var row = 0; row < rows; row++)
        {
            starts[row] = indices.Count;
            if (byRow[row] is { } cells)
            {
                foreach (var group in cells.GroupBy(c => c.Column).OrderBy(g => g.Key))
                {
                    indices.Add(group.Key);
                    stored.Add(group.Sum(c => c.Value));
                }
            }
        }
        starts[rows] = indices.Count;
        return new InteractionMatrix(rows, columns, starts, [.. indices], [.. stored]);
    }

    /// <summary>Builds a matrix from entries already ordered by row, then column, each cell once (as an ORDER BY query returns them).</summary>
    public static InteractionMatrix FromSortedEntries(int rows, int columns, ReadOnlySpan<int> entryRows, int[] entryColumns, float[] entryValues)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(entryRows.Length, entryColumns.Length, nameof(entryColumns));
        ArgumentOutOfRangeException.ThrowIfNotEqual(entryRows.Length, entryValues.Length, nameof(entryValues));
        var starts = new int[rows + 1];
        for (var k = 0; k < entryRows.Length; k++)
        {
            var (row, column) = (entryRows[k], entryColumns[k]);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)rows, nameof(entryRows));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)columns, nameof(entryColumns));
            if (k > 0 && (row < entryRows[k - 1] || (row == entryRows[k - 1] && column <= entryColumns[k - 1])))
            {
                throw new ArgumentException("Entries must be ordered by row, then column, each cell once.", nameof(entryRows));
            }
            starts[row + 1]++;
        }
        for (var row = 0; row < rows; row++)
        {
            starts[row + 1] += starts[row];
        }
        return new InteractionMatrix(rows, columns, starts, entryColumns, entryValues);
    }

    /// <summary>The products × customers matrix.</summary>
    public InteractionMatrix Transpose()
    {
        var starts = new int[Columns + 1];
        foreach (var column in columnIndices)
        {
            starts[column + 1]++;
        }
        for (var i = 0; i < Columns; i++)
        {
            starts[i + 1] += starts[i];
        }
        var next = starts[..^1].ToArray();
        var indices = new int[Count];
        var stored = new float[Count];
        for (var row = 0; row < Rows; row++)
        {
            for (var k = rowStarts[row]; k < rowStarts[row + 1]; k++)
            {
                var at = next[columnIndices[k]]++;
                indices[at] = row;
                stored[at] = values[k];
            }
        }
        return new InteractionMatrix(Columns, Rows, starts, indices, stored);
    }

    /// <summary>The same pattern with every stored value replaced by <paramref name="map"/> of it (for example 1 for a binary matrix).</summary>
    public InteractionMatrix Map(Func<float, float> map)
    {
        var mapped = new float[values.Length];
        for (var k = 0; k < mapped.Length; k++)
        {
            mapped[k] = map(values[k]);
        }
        return new(Rows, Columns, rowStarts, columnIndices, mapped);
    }
}
