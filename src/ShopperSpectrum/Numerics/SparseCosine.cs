using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        var norms = new Norms(new float[rows], new float[rows]);
        for (var i = 0; i < rows; i++)
        {
            var squares = TensorPrimitives.SumOfSquares(matrix.RowValues(i));
            (norms.Source[i], norms.Target[i]) = (MathF.Pow(squares, asymmetry), MathF.Pow(squares, 1 - asymmetry));
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
        InteractionMatrix matrix, GroupedRows transposed, Norms norms, int row, int neighbours, float shrinkage, int[]? groups, Scratch scratch)
    {
        var group = groups?[row] ?? 0;
        var sums = scratch.Sums;
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
        // The candidates (rows with a non-zero sum) in index order, the order the graph keeps, with their similarities: when
        // the visits reach a sixty-fourth of all rows one vector sweep of the sums finds them; otherwise the visited rows are
        // gathered and sorted. Either way every sum is left zero for the next row.
        int count;
        Span<int> candidates = scratch.Touched;
        Span<float> similarities = scratch.Similarities;
        if (visits * 64 >= sums.Length)
        {
            count = Sweep(sums, norms.Target, norms.Source[row], shrinkage, candidates, similarities);
        }
        else
        {
            count = 0;
            var gathered = scratch.GatheredFor;
            foreach (var column in columns)
            {
                foreach (var other in transposed.Columns(column, group))
                {
                    if (sums[other] != 0 && gathered[other] != row)
                    {
                        gathered[other] = row;
                        candidates[count++] = other;
                    }
                }
            }
            candidates[..count].Sort();
            for (var t = 0; t < count; t++)
            {
                var other = candidates[t];
                similarities[t] = Similarity(sums[other], norms.Source[row], norms.Target[other], shrinkage);
                sums[other] = 0;
            }
        }
        candidates = candidates[..count];
        similarities = similarities[..count];
        if (count <= neighbours)
        {
            return (candidates.ToArray(), similarities.ToArray());
        }
        // Keep the best: every similarity above the neighbours-th best, and of those equal to it the lowest indices.
        var bar = NthLargest(similarities, neighbours - 1, scratch.Selection, scratch.Histogram);
        var tied = neighbours;
        foreach (var similarity in similarities)
        {
            tied -= similarity > bar ? 1 : 0;
        }
        var indices = new int[neighbours];
        var weights = new float[neighbours];
        var kept = 0;
        // Every candidate is written and the count moves past those kept: no branch to mispredict on every other one.
        for (var t = 0; t < count && kept < neighbours; t++)
        {
            var (above, equal) = (similarities[t] > bar, similarities[t] == bar);
            var keep = above || (equal && tied > 0);
            tied -= equal && keep ? 1 : 0;
            (indices[kept], weights[kept]) = (candidates[t], similarities[t]);
            kept += keep ? 1 : 0;
        }
        return (indices, weights);
    }

    /// <summary>sum / (source norm × target norm + shrinkage): the one formula both candidate passes use, vector and scalar alike.</summary>
    private static float Similarity(float sum, float sourceNorm, float targetNorm, float shrinkage) => sum / ((sourceNorm * targetNorm) + shrinkage);

    /// <summary>
    /// Writes the index and <see cref="Similarity"/> of every non-zero sum, ascending, and clears the sums: eight at a time,
    /// the non-zero lanes picked from a mask, where a test per sum mispredicts on every other one.
    /// </summary>
    private static int Sweep(Span<float> sums, ReadOnlySpan<float> targetNorms, float sourceNorm, float shrinkage, Span<int> candidates, Span<float> similarities)
    {
        var count = 0;
        var width = Vector256<float>.Count;
        var (source, shrink) = (Vector256.Create(sourceNorm), Vector256.Create(shrinkage));
        ref var sum = ref MemoryMarshal.GetReference(sums);
        ref var target = ref MemoryMarshal.GetReference(targetNorms);
        var j = 0;
        for (; j + width <= sums.Length; j += width)
        {
            var block = Vector256.LoadUnsafe(ref sum, (nuint)j);
            var lanes = ~Vector256.Equals(block, Vector256<float>.Zero).ExtractMostSignificantBits() & 0xFFu;
            if (lanes == 0)
            {
                continue;
            }
            var similarity = block / ((source * Vector256.LoadUnsafe(ref target, (nuint)j)) + shrink);
            Vector256<float>.Zero.StoreUnsafe(ref sum, (nuint)j);
            for (; lanes != 0; lanes &= lanes - 1)
            {
                var lane = BitOperations.TrailingZeroCount(lanes);
                (candidates[count], similarities[count]) = (j + lane, similarity.GetElement(lane));
                count++;
            }
        }
        for (; j < sums.Length; j++)
        {
            if (sums[j] != 0)
            {
                (candidates[count], similarities[count]) = (j, Similarity(sums[j], sourceNorm, targetNorms[j], shrinkage));
                sums[j] = 0;
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The value at <paramref name="rank"/> (0 = the largest) of <paramref name="values"/>: a radix selection on the bits of
    /// the values in an order-preserving form, eleven at a time from the top, each pass counting only the values that share
    /// the digits chosen so far (<paramref name="scratch"/> holds them), where a quickselect mispredicts a branch per value.
    /// </summary>
    private static float NthLargest(ReadOnlySpan<float> values, int rank, Span<float> scratch, Span<int> histogram)
    {
        const int digitBits = 11;
        const uint digitMask = (1u << digitBits) - 1;
        var remaining = values;
        for (var shift = 32 - digitBits; ; shift = Math.Max(shift - digitBits, 0))
        {
            histogram.Clear();
            foreach (var value in remaining)
            {
                histogram[(int)((OrderedBits(value) >> shift) & digitMask)]++;
            }
            var digit = (int)digitMask;
            while (rank >= histogram[digit])
            {
                rank -= histogram[digit--];
            }
            // Compacted in place from the second pass on: a value is read before its slot or a later one is written.
            var kept = 0;
            foreach (var value in remaining)
            {
                scratch[kept] = value;
                kept += ((OrderedBits(value) >> shift) & digitMask) == digit ? 1 : 0;
            }
            remaining = scratch[..kept];
            if (kept == 1 || shift == 0)
            {
                // One value left, or every bit chosen: all that remain are the same value.
                return remaining[0];
            }
        }
    }

    /// <summary>The bits of <paramref name="value"/> as an unsigned number in the values' order: negative ones flipped, the sign set on the rest.</summary>
    private static uint OrderedBits(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        return bits ^ ((uint)((int)bits >> 31) | 0x8000_0000u);
    }

    /// <summary>Each row's norm as the source of a similarity and as its target (equal for the plain cosine).</summary>
    private readonly record struct Norms(float[] Source, float[] Target);

    private sealed class Scratch(int rows)
    {
        public float[] Sums { get; } = new float[rows];

        public int[] Touched { get; } = new int[rows];

        public float[] Similarities { get; } = new float[rows];

        public float[] Selection { get; } = new float[rows];

        /// <summary>A count per digit value for <see cref="NthLargest"/>.</summary>
        public int[] Histogram { get; } = new int[2048];

        /// <summary>The row for which each row was last gathered as a candidate (−1: never).</summary>
        public int[] GatheredFor { get; } = Enumerable.Repeat(-1, rows).ToArray();
    }
}
