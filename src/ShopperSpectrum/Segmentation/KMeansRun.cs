using System.Numerics;
using System.Runtime.CompilerServices;

namespace ShopperSpectrum.Segmentation;

/// <summary>
/// One k-means run (k-means++ seeding, then Lloyd iterations) with all its working memory allocated once, so
/// iterations allocate nothing. Per-point work is split into fixed-size chunks whose partial sums are reduced in
/// chunk order, which makes the result bit-identical whether chunks run sequentially or in parallel.
/// Not thread-safe: use one instance per concurrent run.
/// </summary>
internal sealed class KMeansRun
{
    /// <summary>Points per chunk; fixed so that reductions do not depend on the machine.</summary>
    internal const int ChunkSize = 8192;

    /// <summary>Points per block of the two-level weighted draw of k-means++.</summary>
    private const int WeightBlock = 64;

    private readonly PointMatrix points;
    private readonly int k;
    private readonly int dimensions;
    private readonly int count;
    private readonly int chunkCount;
    private readonly int trials;
    private readonly bool parallel;
    private readonly double[] distances;
    private readonly double[] blockSums;
    private readonly double[] sums;
    private readonly int[] counts;
    private readonly double[] chunkSums;
    private readonly int[] chunkCounts;
    private readonly double[] chunkInertia;
    private readonly int[] chunkChanged;
    private readonly double[] chunkPotentials;
    private readonly double[] candidates;
    private readonly double[] potentials;
    private readonly double[] newCentre;
    private readonly Action<int> assignChunk;
    private readonly Action<int> potentialChunk;
    private readonly Action<int> closestChunk;
    private int[] labels;
    private int[] previous;
    private double[] centroids;
    private double[] next;

    /// <summary>Allocates the working memory for clustering <paramref name="points"/> into <paramref name="k"/> clusters.</summary>
    public KMeansRun(PointMatrix points, int k, bool parallel)
    {
        this.points = points;
        this.k = k;
        this.parallel = parallel;
        dimensions = points.Dimensions;
        count = points.Count;
        chunkCount = (count + ChunkSize - 1) / ChunkSize;
        trials = 2 + (int)Math.Log(k);
        labels = new int[count];
        previous = new int[count];
        distances = new double[count];
        blockSums = new double[(count + WeightBlock - 1) / WeightBlock];
        centroids = new double[k * dimensions];
        next = new double[k * dimensions];
        sums = new double[k * dimensions];
        counts = new int[k];
        chunkSums = new double[chunkCount * k * dimensions];
        chunkCounts = new int[chunkCount * k];
        chunkInertia = new double[chunkCount];
        chunkChanged = new int[chunkCount];
        chunkPotentials = new double[chunkCount * trials];
        candidates = new double[trials * dimensions];
        potentials = new double[trials];
        newCentre = new double[dimensions];
        assignChunk = AssignChunk;
        potentialChunk = PotentialChunk;
        closestChunk = ClosestChunk;
    }

    /// <summary>Runs seeding and Lloyd iterations from <paramref name="seed"/> and returns the fitted result.</summary>
    /// <param name="seed">Seed of this run's random generator.</param>
    /// <param name="maxIterations">Maximum number of Lloyd iterations.</param>
    /// <param name="tolerance">Absolute tolerance on the summed squared centre shift.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KMeansFit Run(int seed, int maxIterations, double tolerance)
    {
        SeedCentroids(new Random(seed));
        return Iterate(maxIterations, tolerance);
    }

    /// <summary>Runs Lloyd iterations from the given centres (k × d, row-major) instead of seeding: refines centres found on a sample.</summary>
    public KMeansFit Refine(ReadOnlySpan<double> start, int maxIterations, double tolerance)
    {
        start.CopyTo(centroids);
        return Iterate(maxIterations, tolerance);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private KMeansFit Iterate(int maxIterations, double tolerance)
    {
        Array.Fill(previous, -1);
        var iterations = 0;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            ForEachChunk(assignChunk);
            var changed = Reduce();
            RelocateEmptyClusters();
            var shift = 0.0;
            for (var c = 0; c < k; c++)
            {
                for (var j = 0; j < dimensions; j++)
                {
                    var index = (c * dimensions) + j;
                    next[index] = counts[c] > 0 ? sums[index] / counts[c] : centroids[index];
                    var diff = next[index] - centroids[index];
                    shift += diff * diff;
                }
            }

            (centroids, next) = (next, centroids);
            iterations = iteration + 1;
            if (changed == 0 || shift <= tolerance)
            {
                break;
            }

            (labels, previous) = (previous, labels);
        }

        // A last assignment step makes the labels and the inertia agree with the final centres.
        ForEachChunk(assignChunk);
        var inertia = 0.0;
        foreach (var partial in chunkInertia)
        {
            inertia += partial;
        }

        var model = new KMeansModel(k, dimensions, (double[])centroids.Clone(), inertia);
        return new KMeansFit(model, (int[])labels.Clone(), iterations);
    }

    /// <summary>Greedy k-means++ (scikit-learn's variant): each step samples 2 + ⌊ln k⌋ candidates proportionally to D² and keeps the one that lowers the potential most.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SeedCentroids(Random random)
    {
        var first = random.Next(count);
        points.CopyPoint(first, centroids.AsSpan(0, dimensions));
        Array.Fill(distances, double.PositiveInfinity);
        centroids.AsSpan(0, dimensions).CopyTo(newCentre);
        ForEachChunk(closestChunk);
        var potential = 0.0;
        foreach (var distance in distances)
        {
            potential += distance;
        }

        for (var c = 1; c < k; c++)
        {
            SumBlocks();
            for (var t = 0; t < trials; t++)
            {
                var index = DrawWeighted(random.NextDouble() * potential);
                points.CopyPoint(index, candidates.AsSpan(t * dimensions, dimensions));
            }

            ForEachChunk(potentialChunk);
            Array.Clear(potentials);
            for (var chunk = 0; chunk < chunkCount; chunk++)
            {
                for (var t = 0; t < trials; t++)
                {
                    potentials[t] += chunkPotentials[(chunk * trials) + t];
                }
            }

            var best = 0;
            for (var t = 1; t < trials; t++)
            {
                if (potentials[t] < potentials[best])
                {
                    best = t;
                }
            }

            potential = potentials[best];
            candidates.AsSpan(best * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions, dimensions));
            candidates.AsSpan(best * dimensions, dimensions).CopyTo(newCentre);
            ForEachChunk(closestChunk);
        }
    }

    /// <summary>Sums the chunk partials into <see cref="sums"/> and <see cref="counts"/>; returns how many labels changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Reduce()
    {
        Array.Clear(sums);
        Array.Clear(counts);
        var changed = 0;
        var block = k * dimensions;
        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            changed += chunkChanged[chunk];
            var partialSums = chunkSums.AsSpan(chunk * block, block);
            for (var index = 0; index < block; index++)
            {
                sums[index] += partialSums[index];
            }

            var partialCounts = chunkCounts.AsSpan(chunk * k, k);
            for (var c = 0; c < k; c++)
            {
                counts[c] += partialCounts[c];
            }
        }

        return changed;
    }

    /// <summary>Moves each empty cluster onto one of the points farthest from their current centre (scikit-learn's rule).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RelocateEmptyClusters()
    {
        for (var c = 0; c < k; c++)
        {
            if (counts[c] != 0)
            {
                continue;
            }

            // Taking a point makes its distance -1, so it is never taken twice.
            var far = 0;
            for (var i = 1; i < count; i++)
            {
                if (distances[i] > distances[far])
                {
                    far = i;
                }
            }

            if (distances[far] < 0)
            {
                return;
            }

            distances[far] = -1;
            var old = labels[far];
            for (var j = 0; j < dimensions; j++)
            {
                var value = points.Columns[(j * count) + far];
                sums[(old * dimensions) + j] -= value;
                sums[(c * dimensions) + j] = value;
            }

            counts[old]--;
            counts[c] = 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignChunk(int chunk)
    {
        var start = chunk * ChunkSize;
        var end = Math.Min(count, start + ChunkSize);
        var partialSums = chunkSums.AsSpan(chunk * k * dimensions, k * dimensions);
        var partialCounts = chunkCounts.AsSpan(chunk * k, k);
        if (dimensions == 3 && k <= ThreeFeatureKernels.MaxFusedClusters)
        {
            chunkChanged[chunk] = ThreeFeatureKernels.AssignAndAccumulate(
                points, start, end, centroids, k, labels, distances, previous, partialSums, partialCounts, out chunkInertia[chunk]);
            return;
        }

        chunkChanged[chunk] = DistanceKernels.Assign(points, start, end, centroids, k, labels, distances, previous);
        partialSums.Clear();
        partialCounts.Clear();
        var inertia = 0.0;
        for (var i = start; i < end; i++)
        {
            partialCounts[labels[i]]++;
            inertia += distances[i];
        }

        for (var j = 0; j < dimensions; j++)
        {
            var column = points.Columns.AsSpan(j * count, count);
            for (var i = start; i < end; i++)
            {
                partialSums[(labels[i] * dimensions) + j] += column[i];
            }
        }

        chunkInertia[chunk] = inertia;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PotentialChunk(int chunk)
    {
        var start = chunk * ChunkSize;
        var end = Math.Min(count, start + ChunkSize);
        if (dimensions == 3)
        {
            ThreeFeatureKernels.Potentials(points, start, end, candidates, trials, distances, chunkPotentials.AsSpan(chunk * trials, trials));
            return;
        }

        for (var t = 0; t < trials; t++)
        {
            chunkPotentials[(chunk * trials) + t] =
                DistanceKernels.Potential(points, start, end, candidates.AsSpan(t * dimensions, dimensions), distances);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ClosestChunk(int chunk)
    {
        var start = chunk * ChunkSize;
        var end = Math.Min(count, start + ChunkSize);
        DistanceKernels.UpdateClosest(points, start, end, newCentre, distances);
    }

    private void ForEachChunk(Action<int> body)
    {
        if (parallel && chunkCount > 1)
        {
            Parallel.For(0, chunkCount, body);
            return;
        }

        for (var chunk = 0; chunk < chunkCount; chunk++)
        {
            body(chunk);
        }
    }

    /// <summary>Sums the squared distances of each block of <see cref="WeightBlock"/> points.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumBlocks()
    {
        for (var block = 0; block < blockSums.Length; block++)
        {
            var values = distances.AsSpan(block * WeightBlock, Math.Min(WeightBlock, count - (block * WeightBlock)));
            var total = Vector<double>.Zero;
            var i = 0;
            for (; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                total += new Vector<double>(values[i..]);
            }

            var sum = Vector.Sum(total);
            for (; i < values.Length; i++)
            {
                sum += values[i];
            }

            blockSums[block] = sum;
        }
    }

    /// <summary>
    /// First point whose running sum of squared distances reaches <paramref name="target"/> (numpy's <c>searchsorted</c>
    /// on the cumulative sum, clipped to the last point), found block by block so no full prefix sum is needed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int DrawWeighted(double target)
    {
        var before = 0.0;
        for (var block = 0; block < blockSums.Length; block++)
        {
            if (before + blockSums[block] < target)
            {
                before += blockSums[block];
                continue;
            }

            var end = Math.Min(count, (block + 1) * WeightBlock);
            for (var i = block * WeightBlock; i < end; i++)
            {
                before += distances[i];
                if (before >= target)
                {
                    return i;
                }
            }
        }

        return count - 1;
    }
}
