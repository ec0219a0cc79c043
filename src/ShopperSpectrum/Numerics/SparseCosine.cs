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
        var transposed = matrix.Transpose();
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
        InteractionMatrix matrix, InteractionMatrix transposed, (float Source, float Target)[] norms, int row, int neighbours, float shrinkage, int[]? groups, Scratch scratch)
    {
        var (sums, touched) = (scratch.Sums, scratch.Touched);
        var count = 0;
        var columns = matrix.RowIndices(row);
        var values = matrix.RowValues(row);
        for (var k = 0; k < columns.Length; k++)
        {
            var others = transposed.RowIndices(columns[k]);
            var otherValues = transposed.RowValues(columns[k]);
            for (var o = 0; o < others.Length; o++)
            {
                var other = others[o];
                if (other == row || (groups is not null && groups[other] != groups[row]))
                {
                    continue;
                }
                if (sums[other] == 0)
                {
                    touched[count++] = other;
                }
                sums[other] += values[k] * otherValues[o];
            }
        }
        var heap = scratch.Heap.AsSpan();
        var size = 0;
        for (var t = 0; t < count; t++)
        {
            var other = touched[t];
            var candidate = (sums[other] / ((norms[row].Source * norms[other].Target) + shrinkage), other);
            sums[other] = 0;
            if (size < neighbours)
            {
                heap[size++] = candidate;
                SiftUp(heap, size - 1);
            }
            else if (Better(candidate, heap[0]))
            {
                heap[0] = candidate;
                SiftDown(heap[..size], 0);
            }
        }
        var chosen = heap[..size];
        chosen.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var indices = new int[size];
        var weights = new float[size];
        for (var i = 0; i < size; i++)
        {
            (weights[i], indices[i]) = chosen[i];
        }
        return (indices, weights);
    }

    /// <summary>Higher similarity wins; on ties the lower index does.</summary>
    private static bool Better((float Similarity, int Index) a, (float Similarity, int Index) b) =>
        a.Similarity > b.Similarity || (a.Similarity == b.Similarity && a.Index < b.Index);

    // The heap keeps the worst kept neighbour at its root, so a better candidate replaces it in O(log k).
    private static void SiftUp(Span<(float Similarity, int Index)> heap, int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Better(heap[parent], heap[at]))
            {
                return;
            }
            (heap[parent], heap[at]) = (heap[at], heap[parent]);
            at = parent;
        }
    }

    private static void SiftDown(Span<(float Similarity, int Index)> heap, int at)
    {
        while (true)
        {
            var (left, worst) = ((2 * at) + 1, at);
            if (left < heap.Length && Better(heap[worst], heap[left]))
            {
                worst = left;
            }
            if (left + 1 < heap.Length && Better(heap[worst], heap[left + 1]))
            {
                worst = left + 1;
            }
            if (worst == at)
            {
                return;
            }
            (heap[worst], heap[at]) = (heap[at], heap[worst]);
            at = worst;
        }
    }

    private sealed class Scratch(int rows)
    {
        public float[] Sums { get; } = new float[rows];

        public int[] Touched { get; } = new int[rows];

        public (float Similarity, int Index)[] Heap { get; } = new (float, int)[rows];
    }
}
