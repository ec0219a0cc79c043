using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Numerics;

/// <summary>
/// The k most cosine-similar rows of every row of a sparse matrix, computed row by row as A × Aᵀ with a dense accumulator,
/// so that only pairs sharing a column are ever touched.
/// </summary>
internal static class SparseCosine
{
    /// <summary>Finds each row's <paramref name="neighbours"/> most similar other rows (ties to the lower index).</summary>
    /// <param name="matrix">The rows to compare (for example products × customers).</param>
    /// <param name="neighbours">How many neighbours to keep per row.</param>
    /// <param name="shrinkage">Added to the norm product: a pair seen together rarely counts less (0 for plain cosine).</param>
    /// <param name="groups">When given, only rows of the same group are neighbours.</param>
    /// <param name="asymmetry">
    /// α of the asymmetric cosine a·b / (‖a‖^2α ‖b‖^2(1−α)) from row a to neighbour b: 0.5 is the cosine, larger values favour
    /// neighbours with much mass (popular products).
    /// </param>
    public static NeighbourGraph TopNeighbours(InteractionMatrix matrix, int neighbours, float shrinkage, int[]? groups = null, float asymmetry = 0.5f)
    {
        var rows = matrix.Rows;
        // Each column's rows grouped: a row meets only its own group's slice, with no test per entry.
        var transposed = new GroupedRows(matrix.Transpose(), groups);
        var norms = new (float Source, float Target)[rows];
        for (var i = 0; i < rows; i++)
        {
            var squares = System.Numerics.Tensors.TensorPrimitives.SumOfSquares(matrix.RowValues(i));
            norms[i] = (MathF.Pow(squares, asymmetry), MathF.Pow(squares, 1 - asymmetry));
        }
        var kept = new (int[] Indices, float[] Weights)[rows];
        Parallel.For(0, rows, () => new Scratch(rows), (row, _, scratch) =>
        {
            kept[row] = Row(matrix, transposed, norms, row, neighbours, shrinkage, groups, scratch);
            return scratch;
        }, _ => { });

        var starts = new int[rows + 1];
        for (var i = 0; i < rows; i++)
        {
            starts[i + 1] = starts[i] + kept[i].Indices.Length;
        }
        var indices = new int[starts[rows]];
        var weights = new float[starts[rows]];
        for (var i = 0; i < rows; i++)
        {
            kept[i].Indices.CopyTo(indices, starts[i]);
            kept[i].Weights.CopyTo(weights, starts[i]);
        }
        return new NeighbourGraph(starts, indices, weights);
    }

    private static (int[] Indices, float[] Weights) Row(
        InteractionMatrix matrix, GroupedRows transposed, (float Source, float Target)[] norms, int row, int neighbours, float shrinkage, int[]? groups, Scratch scratch)
    {
        var group = groups?[row] ?? 0;
        var (sums, touched) = (scratch.Sums, scratch.Touched);
        var columns = matrix.RowIndices(row);
        var values = matrix.RowValues(row);
        // Sums first, in a loop with no branch; the row itself is summed too and cleared after.
        long visits = 0;
        for (var k = 0; k < columns.Length; k++)
        {
            var others = transposed.Columns(columns[k], group);
            var otherValues = transposed.Values(columns[k], group);
            var weight = values[k];
            visits += others.Length;
            for (var o = 0; o < others.Length; o++)
            {
                sums[others[o]] += weight * otherValues[o];
            }
        }
        sums[row] = 0;
        // The candidates (rows with a non-zero sum) in index order, the order the graph keeps: when the visits reach a
        // sixty-fourth of all rows one scan of the sums finds them, in order; otherwise the visited rows are gathered and sorted.
        var count = 0;
        if (visits * 64 >= sums.Length)
        {
            for (var other = 0; other < sums.Length; other++)
            {
                if (sums[other] != 0)
                {
                    touched[count++] = other;
                }
            }
        }
        else
        {
            var gathered = scratch.GatheredFor;
            foreach (var column in columns)
            {
                foreach (var other in transposed.Columns(column, group))
                {
                    if (sums[other] != 0 && gathered[other] != row)
                    {
                        gathered[other] = row;
                        touched[count++] = other;
                    }
                }
            }
            touched.AsSpan(0, count).Sort();
        }
        var candidates = touched.AsSpan(0, count);
        var similarities = scratch.Similarities.AsSpan(0, count);
        for (var t = 0; t < count; t++)
        {
            var other = candidates[t];
            similarities[t] = sums[other] / ((norms[row].Source * norms[other].Target) + shrinkage);
            sums[other] = 0;
        }
        if (count <= neighbours)
        {
            return (candidates.ToArray(), similarities.ToArray());
        }
        // Keep the best: every similarity above the neighbours-th best, and of those equal to it the lowest indices.
        var copy = scratch.Selection.AsSpan(0, count);
        similarities.CopyTo(copy);
        var bar = NthLargest(copy, neighbours - 1);
        var tied = neighbours;
        foreach (var similarity in similarities)
        {
            tied -= similarity > bar ? 1 : 0;
        }
        var indices = new int[neighbours];
        var weights = new float[neighbours];
        var kept = 0;
        for (var t = 0; t < count && kept < neighbours; t++)
        {
            if (similarities[t] > bar || (similarities[t] == bar && tied-- > 0))
            {
                (indices[kept], weights[kept]) = (candidates[t], similarities[t]);
                kept++;
            }
        }
        return (indices, weights);
    }

    /// <summary>The value at <paramref name="rank"/> (0 = the largest) of <paramref name="values"/> sorted descending; reorders them (Hoare's selection).</summary>
    private static float NthLargest(Span<float> values, int rank)
    {
        var (low, high) = (0, values.Length - 1);
        while (low < high)
        {
            var pivot = values[low + ((high - low) / 2)];
            var (i, j) = (low, high);
            while (i <= j)
            {
                while (values[i] > pivot)
                {
                    i++;
                }
                while (values[j] < pivot)
                {
                    j--;
                }
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            // Now [low, j] ≥ pivot ≥ [i, high], and anything between equals the pivot.
            if (rank <= j)
            {
                high = j;
            }
            else if (rank >= i)
            {
                low = i;
            }
            else
            {
                return values[rank];
            }
        }
        return values[rank];
    }

    private sealed class Scratch(int rows)
    {
        public float[] Sums { get; } = new float[rows];

        public int[] Touched { get; } = new int[rows];

        public float[] Similarities { get; } = new float[rows];

        public float[] Selection { get; } = new float[rows];

        /// <summary>The row for which each row was last gathered as a candidate (−1: never).</summary>
        public int[] GatheredFor { get; } = Enumerable.Repeat(-1, rows).ToArray();
    }
}
