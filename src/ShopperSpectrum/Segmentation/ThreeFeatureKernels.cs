using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ShopperSpectrum.Segmentation;

/// <summary>
/// Fast paths for three features (recency, frequency, monetary): the feature loop is unrolled, candidate centres are
/// broadcast once per call, and points are read once for all centres. Squared distances are summed in the same order
/// as <see cref="DistanceKernels"/>, so both give bit-identical distances.
/// </summary>
internal static class ThreeFeatureKernels
{
    /// <summary>Largest k served by <see cref="AssignAndAccumulate"/>, whose per-cluster accumulators live on the stack.</summary>
    public const int MaxFusedClusters = 32;

    /// <summary>
    /// Three-feature fast path of an assignment step fused with the centre update: assigns points [start, end) like
    /// <see cref="DistanceKernels.Assign"/>, writes each cluster's coordinate sums (k × 3) and counts, and returns the number of changed
    /// labels; <paramref name="inertia"/> receives the summed squared distances.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int AssignAndAccumulate(
        PointMatrix points, int start, int end, ReadOnlySpan<double> centroids, int k,
        Span<int> labels, Span<double> distances, ReadOnlySpan<int> previous,
        Span<double> sums, Span<int> counts, out double inertia)
    {
        var n = points.Count;
        ref var x = ref MemoryMarshal.GetArrayDataReference(points.Columns);
        ref var y = ref Unsafe.Add(ref x, n);
        ref var z = ref Unsafe.Add(ref x, 2 * n);
        ref var labelRef = ref MemoryMarshal.GetReference(labels);
        ref var previousRef = ref MemoryMarshal.GetReference(previous);
        ref var distanceRef = ref MemoryMarshal.GetReference(distances);
        var width = Vector<double>.Count;
        Span<Vector<double>> centres = stackalloc Vector<double>[3 * k];
        for (var c = 0; c < 3 * k; c++)
        {
            centres[c] = new Vector<double>(centroids[c]);
        }

        ref var centre = ref MemoryMarshal.GetReference(centres);
        var changed = Vector<int>.Zero;
        var totals = Vector<double>.Zero;
        var i = start;
        if (Vector.IsHardwareAccelerated)
        {
            // Two vectors of points per step: independent dependency chains, and their labels narrow into one Vector<int>.
            for (; i <= end - (2 * width); i += 2 * width)
            {
                var ax = Vector.LoadUnsafe(ref x, (nuint)i);
                var ay = Vector.LoadUnsafe(ref y, (nuint)i);
                var az = Vector.LoadUnsafe(ref z, (nuint)i);
                var bx = Vector.LoadUnsafe(ref x, (nuint)(i + width));
                var by = Vector.LoadUnsafe(ref y, (nuint)(i + width));
                var bz = Vector.LoadUnsafe(ref z, (nuint)(i + width));
                var bestA = new Vector<double>(double.PositiveInfinity);
                var bestB = bestA;
                var indexA = Vector<long>.Zero;
                var indexB = Vector<long>.Zero;
                for (var c = 0; c < k; c++)
                {
                    var cx = Unsafe.Add(ref centre, 3 * c);
                    var cy = Unsafe.Add(ref centre, (3 * c) + 1);
                    var cz = Unsafe.Add(ref centre, (3 * c) + 2);
                    var index = new Vector<long>(c);
                    var dx = ax - cx;
                    var dy = ay - cy;
                    var dz = az - cz;
                    var distance = (dx * dx) + (dy * dy) + (dz * dz);
                    var closer = Vector.LessThan(distance, bestA);
                    bestA = Vector.ConditionalSelect(closer, distance, bestA);
                    indexA = Vector.ConditionalSelect(closer, index, indexA);
                    dx = bx - cx;
                    dy = by - cy;
                    dz = bz - cz;
                    distance = (dx * dx) + (dy * dy) + (dz * dz);
                    closer = Vector.LessThan(distance, bestB);
                    bestB = Vector.ConditionalSelect(closer, distance, bestB);
                    indexB = Vector.ConditionalSelect(closer, index, indexB);
                }

                bestA.StoreUnsafe(ref distanceRef, (nuint)i);
                bestB.StoreUnsafe(ref distanceRef, (nuint)(i + width));
                totals += bestA + bestB;
                var assigned = Vector.Narrow(indexA, indexB);
                assigned.StoreUnsafe(ref labelRef, (nuint)i);
                changed += Vector.Equals(assigned, Vector.LoadUnsafe(ref previousRef, (nuint)i)) + Vector<int>.One;
            }
        }

        var changedCount = Vector.Sum(changed);
        var tailInertia = 0.0;
        for (; i < end; i++)
        {
            var best = double.PositiveInfinity;
            var bestIndex = 0;
            var px = Unsafe.Add(ref x, i);
            var py = Unsafe.Add(ref y, i);
            var pz = Unsafe.Add(ref z, i);
            for (var c = 0; c < k; c++)
            {
                var dx = px - centroids[3 * c];
                var dy = py - centroids[(3 * c) + 1];
                var dz = pz - centroids[(3 * c) + 2];
                var distance = (dx * dx) + (dy * dy) + (dz * dz);
                if (distance < best)
                {
                    best = distance;
                    bestIndex = c;
                }
            }

            distances[i] = best;
            labels[i] = bestIndex;
            changedCount += bestIndex != previous[i] ? 1 : 0;
            tailInertia += best;
        }

        inertia = Vector.Sum(totals) + tailInertia;

        AccumulateSums(points, start, end, labels, k, sums, counts);
        return changedCount;
    }

    /// <summary>
    /// Per-cluster coordinate sums and counts of points [start, end). Four interleaved accumulator sets break the
    /// store-to-load dependency between consecutive points of the same cluster.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AccumulateSums(PointMatrix points, int start, int end, ReadOnlySpan<int> labels, int k, Span<double> sums, Span<int> counts)
    {
        const int Sets = 4;
        var n = points.Count;
        var stride = 4 * k;
        Span<double> accumulators = stride * Sets <= 1024 ? stackalloc double[stride * Sets] : new double[stride * Sets];
        accumulators.Clear();
        ref var x = ref MemoryMarshal.GetArrayDataReference(points.Columns);
        ref var y = ref Unsafe.Add(ref x, n);
        ref var z = ref Unsafe.Add(ref x, 2 * n);
        ref var accumulator = ref MemoryMarshal.GetReference(accumulators);
        ref var labelRef = ref MemoryMarshal.GetReference(labels);
        for (var i = start; i < end; i++)
        {
            ref var slot = ref Unsafe.Add(ref accumulator, ((i & (Sets - 1)) * stride) + (4 * Unsafe.Add(ref labelRef, i)));
            slot += Unsafe.Add(ref x, i);
            Unsafe.Add(ref slot, 1) += Unsafe.Add(ref y, i);
            Unsafe.Add(ref slot, 2) += Unsafe.Add(ref z, i);
            Unsafe.Add(ref slot, 3) += 1.0;
        }

        for (var c = 0; c < k; c++)
        {
            for (var j = 0; j < 3; j++)
            {
                var total = 0.0;
                for (var set = 0; set < Sets; set++)
                {
                    total += accumulators[(set * stride) + (4 * c) + j];
                }

                sums[(3 * c) + j] = total;
            }

            var members = 0.0;
            for (var set = 0; set < Sets; set++)
            {
                members += accumulators[(set * stride) + (4 * c) + 3];
            }

            counts[c] = (int)members;
        }
    }

    /// <summary>
    /// Three-feature form of <see cref="DistanceKernels.Potential"/> for several candidate centres at once (row-major in
    /// <paramref name="candidates"/>), reading each point once; writes one potential per candidate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Potentials(
        PointMatrix points, int start, int end, ReadOnlySpan<double> candidates, int count, ReadOnlySpan<double> closest, Span<double> potentials)
    {
        var n = points.Count;
        ref var x = ref MemoryMarshal.GetArrayDataReference(points.Columns);
        ref var y = ref Unsafe.Add(ref x, n);
        ref var z = ref Unsafe.Add(ref x, 2 * n);
        ref var closestRef = ref MemoryMarshal.GetReference(closest);
        Span<Vector<double>> centres = stackalloc Vector<double>[3 * count];
        Span<Vector<double>> totals = stackalloc Vector<double>[count];
        for (var c = 0; c < 3 * count; c++)
        {
            centres[c] = new Vector<double>(candidates[c]);
        }

        totals.Clear();
        ref var centre = ref MemoryMarshal.GetReference(centres);
        ref var total = ref MemoryMarshal.GetReference(totals);
        var width = Vector<double>.Count;
        var i = start;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= end - width; i += width)
            {
                var px = Vector.LoadUnsafe(ref x, (nuint)i);
                var py = Vector.LoadUnsafe(ref y, (nuint)i);
                var pz = Vector.LoadUnsafe(ref z, (nuint)i);
                var current = Vector.LoadUnsafe(ref closestRef, (nuint)i);
                for (var c = 0; c < count; c++)
                {
                    var dx = px - Unsafe.Add(ref centre, 3 * c);
                    var dy = py - Unsafe.Add(ref centre, (3 * c) + 1);
                    var dz = pz - Unsafe.Add(ref centre, (3 * c) + 2);
                    var distance = (dx * dx) + (dy * dy) + (dz * dz);
                    Unsafe.Add(ref total, c) += Vector.ConditionalSelect(Vector.LessThan(distance, current), distance, current);
                }
            }
        }

        for (var c = 0; c < count; c++)
        {
            var sum = Vector.Sum(totals[c]);
            for (var t = i; t < end; t++)
            {
                var dx = Unsafe.Add(ref x, t) - candidates[3 * c];
                var dy = Unsafe.Add(ref y, t) - candidates[(3 * c) + 1];
                var dz = Unsafe.Add(ref z, t) - candidates[(3 * c) + 2];
                sum += Math.Min((dx * dx) + (dy * dy) + (dz * dz), closest[t]);
            }

            potentials[c] = sum;
        }
    }
}
