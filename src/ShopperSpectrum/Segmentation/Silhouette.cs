using System.Buffers;
using System.Runtime.CompilerServices;

namespace ShopperSpectrum.Segmentation;

/// <summary>The mean silhouette coefficient of a clustering, computed exactly over all pairs of points.</summary>
public static class Silhouette
{
    private const int RowBlock = 32;

    /// <summary>Fixed number of row partitions, independent of the machine, so sums are reduced in the same order everywhere.</summary>
    private const int Partitions = 16;

    /// <summary>
    /// Exact mean silhouette with scikit-learn's <c>silhouette_score</c> semantics: Euclidean distances, points in a
    /// singleton cluster score 0, and 0/0 (coincident clusters) scores 0.
    /// </summary>
    /// <param name="points">Row-major n × d matrix.</param>
    /// <param name="dimensions">Number of features per point.</param>
    /// <param name="labels">Cluster of each point, 0 to <paramref name="k"/> − 1.</param>
    /// <param name="k">Number of cluster labels.</param>
    /// <returns>The mean silhouette, between −1 and 1.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 or more than n − 1 clusters are non-empty.</exception>
    public static double Score(double[] points, int dimensions, int[] labels, int k)
    {
        var count = Matrix.RowCount(points, dimensions);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Length, count, nameof(labels));
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        foreach (var label in labels)
        {
            if ((uint)label >= (uint)k)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), label, "Every label must be between 0 and k - 1.");
            }
        }

        var score = Compute(points, dimensions, labels, k, subset: null);
        return double.IsNaN(score)
            ? throw new ArgumentException("The silhouette needs between 2 and n - 1 non-empty clusters.", nameof(labels))
            : score;
    }

    /// <summary>
    /// Mean silhouette over the points named by <paramref name="subset"/> (all points when null), or NaN when fewer than
    /// 2 or more than n − 1 clusters are non-empty. Inputs are trusted.
    /// </summary>
    internal static double Compute(double[] points, int dimensions, int[] labels, int k, int[]? subset)
    {
        var count = subset?.Length ?? labels.Length;
        var sizes = new int[k];
        for (var p = 0; p < count; p++)
        {
            sizes[labels[subset is null ? p : subset[p]]]++;
        }

        var nonEmpty = sizes.Count(size => size > 0);
        if (nonEmpty < 2 || nonEmpty > count - 1)
        {
            return double.NaN;
        }

        // Counting sort by label: each cluster becomes one contiguous range, so a row's per-cluster
        // distance sums are straight vectorised loops.
        var starts = new int[k + 1];
        for (var c = 0; c < k; c++)
        {
            starts[c + 1] = starts[c] + sizes[c];
        }

        var fill = starts[..k];
        var order = new int[count];
        var sortedLabels = new int[count];
        for (var p = 0; p < count; p++)
        {
            var index = subset is null ? p : subset[p];
            var slot = fill[labels[index]]++;
            order[slot] = index;
            sortedLabels[slot] = labels[index];
        }

        var matrix = PointMatrix.FromRows(points, dimensions, order);
        var sums = DistanceSums(matrix, sortedLabels, starts);
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += PointScore(sums, count, sortedLabels[i], starts, i);
        }

        return total / count;
    }

    /// <summary>
    /// Returns S, k × n row-major: S[c, i] = Σ distance from point i to the points of cluster c. Each pair is computed
    /// once (j &gt; i) and credited to both points. Rows are dealt to a fixed number of partitions in interleaved blocks,
    /// each partition with its own S, summed in partition order, so the result does not depend on thread scheduling.
    /// </summary>
    private static double[] DistanceSums(PointMatrix matrix, int[] labels, int[] starts)
    {
        var count = matrix.Count;
        var k = starts.Length - 1;
        var partitions = Math.Min(Partitions, (count + RowBlock - 1) / RowBlock);
        var partials = new double[partitions][];
        Parallel.For(0, partitions, partition => partials[partition] = PartitionSums(matrix, labels, starts, partition, partitions));
        var sums = new double[k * count];
        foreach (var partial in partials)
        {
            var length = sums.Length;
            for (var index = 0; index < length; index++)
            {
                sums[index] += partial[index];
            }
            // Pooled: a search over k = 2..10 would otherwise allocate (and collect) 16 partials of k × n for every k.
            ArrayPool<double>.Shared.Return(partial);
        }

        return sums;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] PartitionSums(PointMatrix matrix, int[] labels, int[] starts, int partition, int partitions)
    {
        var count = matrix.Count;
        var k = starts.Length - 1;
        var sums = ArrayPool<double>.Shared.Rent(k * count);
        Array.Clear(sums, 0, k * count);
        Span<double> point = matrix.Dimensions <= 64 ? stackalloc double[matrix.Dimensions] : new double[matrix.Dimensions];
        for (var blockStart = partition * RowBlock; blockStart < count; blockStart += partitions * RowBlock)
        {
            var blockEnd = Math.Min(count, blockStart + RowBlock);
            for (var i = blockStart; i < blockEnd; i++)
            {
                matrix.CopyPoint(i, point);
                var own = labels[i];
                var scatter = sums.AsSpan(own * count, count);

                // Labels are sorted, so every later point is in the own cluster or a later one.
                var from = i + 1;
                for (var c = own; c < k; c++)
                {
                    var to = starts[c + 1];
                    if (from < to)
                    {
                        sums[(c * count) + i] += DistanceKernels.SumOfDistancesAndScatter(matrix, from, to, point, scatter);
                    }

                    from = to;
                }
            }
        }

        return sums;
    }

    /// <summary>(b − a) / max(a, b) for point i from its distance sums; 0 for a singleton cluster or when a = b = 0.</summary>
    private static double PointScore(double[] sums, int count, int own, int[] starts, int i)
    {
        var ownSize = starts[own + 1] - starts[own];
        if (ownSize == 1)
        {
            return 0;
        }

        var inner = sums[(own * count) + i] / (ownSize - 1);
        var nearest = double.PositiveInfinity;
        for (var c = 0; c < starts.Length - 1; c++)
        {
            var size = starts[c + 1] - starts[c];
            if (c != own && size > 0)
            {
                nearest = Math.Min(nearest, sums[(c * count) + i] / size);
            }
        }

        var scale = Math.Max(inner, nearest);
        return scale > 0 ? (nearest - inner) / scale : 0;
    }
}
