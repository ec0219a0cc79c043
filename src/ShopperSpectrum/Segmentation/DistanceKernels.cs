using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ShopperSpectrum.Segmentation;

/// <summary>
/// Allocation-free distance loops over a range of points of a <see cref="PointMatrix"/>, vectorised across points.
/// Squared distances are accumulated feature by feature with plain multiply and add in both the vector body and the
/// scalar tail, so a point's distance is bit-identical whichever path computes it.
/// </summary>
internal static class DistanceKernels
{
    /// <summary>Squared Euclidean distance between two points.</summary>
    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            var diff = a[j] - b[j];
            sum += diff * diff;
        }

        return sum;
    }

    /// <summary>
    /// Assigns points [start, end) to their nearest centre (lowest index on ties), writing labels and squared distances
    /// at the same positions, and returns how many labels differ from <paramref name="previous"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Assign(
        PointMatrix points, int start, int end, ReadOnlySpan<double> centroids, int k,
        Span<int> labels, Span<double> distances, ReadOnlySpan<int> previous)
    {
        var n = points.Count;
        var d = points.Dimensions;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(points.Columns);
        var width = Vector<double>.Count;
        var changed = 0;
        var i = start;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= end - width; i += width)
            {
                var best = new Vector<double>(double.PositiveInfinity);
                var bestIndex = Vector<long>.Zero;
                for (var c = 0; c < k; c++)
                {
                    var distance = Vector<double>.Zero;
                    for (var j = 0; j < d; j++)
                    {
                        var diff = Vector.LoadUnsafe(ref columns, (nuint)((j * n) + i)) - new Vector<double>(centroids[(c * d) + j]);
                        distance += diff * diff;
                    }

                    var closer = Vector.LessThan(distance, best);
                    best = Vector.ConditionalSelect(closer, distance, best);
                    bestIndex = Vector.ConditionalSelect(closer, new Vector<long>(c), bestIndex);
                }

                best.CopyTo(distances[i..]);
                for (var lane = 0; lane < width; lane++)
                {
                    var label = (int)bestIndex[lane];
                    labels[i + lane] = label;
                    changed += label != previous[i + lane] ? 1 : 0;
                }
            }
        }

        for (; i < end; i++)
        {
            var best = double.PositiveInfinity;
            var bestIndex = 0;
            for (var c = 0; c < k; c++)
            {
                var distance = 0.0;
                for (var j = 0; j < d; j++)
                {
                    var diff = Unsafe.Add(ref columns, (j * n) + i) - centroids[(c * d) + j];
                    distance += diff * diff;
                }

                if (distance < best)
                {
                    best = distance;
                    bestIndex = c;
                }
            }

            distances[i] = best;
            labels[i] = bestIndex;
            changed += bestIndex != previous[i] ? 1 : 0;
        }

        return changed;
    }

    /// <summary>Lowers <paramref name="closest"/> to the squared distance to <paramref name="point"/> where that is smaller, over points [start, end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void UpdateClosest(PointMatrix points, int start, int end, ReadOnlySpan<double> point, Span<double> closest)
    {
        var n = points.Count;
        var d = points.Dimensions;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(points.Columns);
        var width = Vector<double>.Count;
        var i = start;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= end - width; i += width)
            {
                var distance = Vector<double>.Zero;
                for (var j = 0; j < d; j++)
                {
                    var diff = Vector.LoadUnsafe(ref columns, (nuint)((j * n) + i)) - new Vector<double>(point[j]);
                    distance += diff * diff;
                }

                Vector.Min(distance, new Vector<double>(closest[i..])).CopyTo(closest[i..]);
            }
        }

        for (; i < end; i++)
        {
            var distance = ScalarSquaredDistance(ref columns, n, d, i, point);
            closest[i] = Math.Min(distance, closest[i]);
        }
    }

    /// <summary>Returns Σ min(closest[i], |x_i − point|²) over points [start, end): the k-means++ potential if <paramref name="point"/> became a centre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Potential(PointMatrix points, int start, int end, ReadOnlySpan<double> point, ReadOnlySpan<double> closest)
    {
        var n = points.Count;
        var d = points.Dimensions;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(points.Columns);
        var width = Vector<double>.Count;
        var total = Vector<double>.Zero;
        var i = start;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= end - width; i += width)
            {
                var distance = Vector<double>.Zero;
                for (var j = 0; j < d; j++)
                {
                    var diff = Vector.LoadUnsafe(ref columns, (nuint)((j * n) + i)) - new Vector<double>(point[j]);
                    distance += diff * diff;
                }

                total += Vector.Min(distance, new Vector<double>(closest[i..]));
            }
        }

        var sum = Vector.Sum(total);
        for (; i < end; i++)
        {
            sum += Math.Min(ScalarSquaredDistance(ref columns, n, d, i, point), closest[i]);
        }

        return sum;
    }

    /// <summary>
    /// Returns Σ |x_j − point| over points [start, end) and adds each of those distances to <paramref name="scatter"/>[j],
    /// so one pass serves both ends of every pair (the silhouette's symmetric half).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SumOfDistancesAndScatter(PointMatrix points, int start, int end, ReadOnlySpan<double> point, Span<double> scatter)
    {
        var n = points.Count;
        var d = points.Dimensions;
        ref var columns = ref MemoryMarshal.GetArrayDataReference(points.Columns);
        ref var target = ref MemoryMarshal.GetReference(scatter);
        var width = Vector<double>.Count;
        var total = Vector<double>.Zero;
        var i = start;
        if (Vector.IsHardwareAccelerated)
        {
            if (d == 3)
            {
                var p0 = new Vector<double>(point[0]);
                var p1 = new Vector<double>(point[1]);
                var p2 = new Vector<double>(point[2]);
                ref var y = ref Unsafe.Add(ref columns, n);
                ref var z = ref Unsafe.Add(ref columns, 2 * n);
                // Square roots dominate the pair loop. Eight are taken at once in single precision, and one Newton step in
                // double brings each back to full precision: cheaper than two vectors of double-precision roots.
                for (; i <= end - (2 * width); i += 2 * width)
                {
                    var low = SquaredDistance3(ref columns, ref y, ref z, i, p0, p1, p2);
                    var high = SquaredDistance3(ref columns, ref y, ref z, i + width, p0, p1, p2);
                    Vector.Widen(Vector.SquareRoot(Vector.Narrow(low, high)), out var lowRoot, out var highRoot);
                    var lowDistance = Refine(low, lowRoot);
                    var highDistance = Refine(high, highRoot);
                    total += lowDistance + highDistance;
                    (Vector.LoadUnsafe(ref target, (nuint)i) + lowDistance).StoreUnsafe(ref target, (nuint)i);
                    (Vector.LoadUnsafe(ref target, (nuint)(i + width)) + highDistance).StoreUnsafe(ref target, (nuint)(i + width));
                }
            }
            else
            {
                for (; i <= end - width; i += width)
                {
                    var squared = Vector<double>.Zero;
                    for (var j = 0; j < d; j++)
                    {
                        var diff = Vector.LoadUnsafe(ref columns, (nuint)((j * n) + i)) - new Vector<double>(point[j]);
                        squared += diff * diff;
                    }

                    var distance = Vector.SquareRoot(squared);
                    total += distance;
                    (Vector.LoadUnsafe(ref target, (nuint)i) + distance).StoreUnsafe(ref target, (nuint)i);
                }
            }
        }

        var sum = Vector.Sum(total);
        for (; i < end; i++)
        {
            var distance = Math.Sqrt(ScalarSquaredDistance(ref columns, n, d, i, point));
            sum += distance;
            Unsafe.Add(ref target, i) += distance;
        }

        return sum;
    }

    /// <summary>One Newton step from a single-precision root r of s to its double-precision root: (r + s / r) / 2, 0 where s is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Refine(Vector<double> squared, Vector<double> root) =>
        Vector.ConditionalSelect(Vector.Equals(root, Vector<double>.Zero), root, new Vector<double>(0.5) * (root + (squared / root)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> SquaredDistance3(
        ref double x, ref double y, ref double z, int i, Vector<double> p0, Vector<double> p1, Vector<double> p2)
    {
        var d0 = Vector.LoadUnsafe(ref x, (nuint)i) - p0;
        var d1 = Vector.LoadUnsafe(ref y, (nuint)i) - p1;
        var d2 = Vector.LoadUnsafe(ref z, (nuint)i) - p2;
        return (d0 * d0) + (d1 * d1) + (d2 * d2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ScalarSquaredDistance(ref double columns, int n, int d, int i, ReadOnlySpan<double> point)
    {
        var distance = 0.0;
        for (var j = 0; j < d; j++)
        {
            var diff = Unsafe.Add(ref columns, (j * n) + i) - point[j];
            distance += diff * diff;
        }

        return distance;
    }
}
