using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Numerics;

/// <summary>
/// One half-sweep of implicit-feedback ALS (Hu, Koren and Volinsky 2008) solved as the implicit library's "cg" solver does:
/// each row's normal equations (YᵀY + λI + Yᵀ(Cᵤ − I)Y) x = YᵀCᵤp are approached by a few conjugate-gradient steps
/// warm-started from the row's current factors, never forming the per-row matrix.
/// </summary>
internal static class ImplicitConjugateGradient
{
    /// <summary>
    /// Updates every row of <paramref name="solved"/> (rows × rank) against the fixed <paramref name="fixedFactors"/>, given
    /// <paramref name="confidenceMinusOne"/> (rows × fixed items: c − 1 for each observed pair, whose preference is 1).
    /// </summary>
    public static void Sweep(float[] solved, float[] fixedFactors, int rank, InteractionMatrix confidenceMinusOne, float regularization, int steps)
    {
        var gram = Gram(fixedFactors, rank, regularization);
        Parallel.For(0, confidenceMinusOne.Rows, row =>
        {
            Span<float> residual = stackalloc float[rank];
            Span<float> direction = stackalloc float[rank];
            Span<float> product = stackalloc float[rank];
            var x = solved.AsSpan(row * rank, rank);
            var items = confidenceMinusOne.RowIndices(row);
            var extra = confidenceMinusOne.RowValues(row);

            // r = YᵀCp − (YᵀCY + λI) x, with YᵀCY = YᵀY + Σ (c − 1) yᵢyᵢᵀ.
            Multiply(gram, x, residual, rank);
            TensorPrimitives.Negate(residual, residual);
            AddProjections(fixedFactors, rank, items, extra, x, initial: true, residual);
            residual.CopyTo(direction);
            var before = DotTiles.Dot<float>(residual, residual);
            for (var step = 0; step < steps && before >= 1e-20f; step++)
            {
                Multiply(gram, direction, product, rank);
                AddProjections(fixedFactors, rank, items, extra, direction, initial: false, product);
                var length = before / DotTiles.Dot<float>(direction, product);
                AddScaled(direction, length, x);
                AddScaled(product, -length, residual);
                var after = DotTiles.Dot<float>(residual, residual);
                if (after < 1e-20f)
                {
                    break;
                }
                // p = r + (after / before) p
                TensorPrimitives.MultiplyAdd(direction, after / before, residual, direction);
                before = after;
            }
        });
    }

    /// <summary>Rows of Y per block of <see cref="Gram"/>: blocks run in parallel, each summing in float with SIMD.</summary>
    private const int GramBlock = 2048;

    /// <summary>
    /// YᵀY + λI for Y (count × rank, row-major): each fixed block of rows is summed in float, vectorised, and the blocks are
    /// added in double in block order, so the result does not depend on how many threads ran; at 3 million customers
    /// and 64 factors this is 12 billion multiply-adds a sweep, which a scalar double loop did on one core.
    /// </summary>
    internal static float[] Gram(float[] factors, int rank, float regularization)
    {
        var count = factors.Length / rank;
        var blocks = (count + GramBlock - 1) / GramBlock;
        var partials = new float[(long)blocks * rank * rank];
        Parallel.For(0, blocks, block =>
        {
            var partial = partials.AsSpan(block * rank * rank, rank * rank);
            var (start, end) = (block * GramBlock, Math.Min(count, (block + 1) * GramBlock));
            if (rank == 4 * Vector512<float>.Count && Vector512.IsHardwareAccelerated)
            {
                SumOuterProducts64(factors, start, end, partial);
                return;
            }
            for (var i = start; i < end; i++)
            {
                var row = factors.AsSpan(i * rank, rank);
                for (var a = 0; a < rank; a++)
                {
                    var target = partial.Slice(a * rank, rank);
                    TensorPrimitives.MultiplyAdd(row, row[a], target, target);
                }
            }
        });
        var sums = new double[rank * rank];
        for (var block = 0; block < blocks; block++)
        {
            var partial = partials.AsSpan(block * rank * rank, rank * rank);
            for (var j = 0; j < sums.Length; j++)
            {
                sums[j] += partial[j];
            }
        }
        for (var a = 0; a < rank; a++)
        {
            sums[(a * rank) + a] += regularization;
        }
        return [.. sums.Select(s => (float)s)];
    }

    /// <summary>
    /// partial += Σ yᵢyᵢᵀ over rows [start, end) of rank-64 factors, four rows of the result (64 sums, 16 registers) at a
    /// time over every yᵢ, where a library call per row of the result loaded and stored its 64 sums for each yᵢ. The same
    /// products added in the same order, unfused, as that loop: the same floats.
    /// </summary>
    private static void SumOuterProducts64(float[] factors, int start, int end, Span<float> partial)
    {
        const int rank = 64;
        var width = Vector512<float>.Count;
        ref var sums = ref MemoryMarshal.GetReference(partial);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(factors);
        for (var a = 0; a < rank; a += 4)
        {
            ref var s0 = ref Unsafe.Add(ref sums, a * rank);
            ref var s1 = ref Unsafe.Add(ref s0, rank);
            ref var s2 = ref Unsafe.Add(ref s1, rank);
            ref var s3 = ref Unsafe.Add(ref s2, rank);
            var (a0, a1, a2, a3) = (Vector512.LoadUnsafe(ref s0), Vector512.LoadUnsafe(ref s0, (nuint)width), Vector512.LoadUnsafe(ref s0, (nuint)(2 * width)), Vector512.LoadUnsafe(ref s0, (nuint)(3 * width)));
            var (b0, b1, b2, b3) = (Vector512.LoadUnsafe(ref s1), Vector512.LoadUnsafe(ref s1, (nuint)width), Vector512.LoadUnsafe(ref s1, (nuint)(2 * width)), Vector512.LoadUnsafe(ref s1, (nuint)(3 * width)));
            var (c0, c1, c2, c3) = (Vector512.LoadUnsafe(ref s2), Vector512.LoadUnsafe(ref s2, (nuint)width), Vector512.LoadUnsafe(ref s2, (nuint)(2 * width)), Vector512.LoadUnsafe(ref s2, (nuint)(3 * width)));
            var (d0, d1, d2, d3) = (Vector512.LoadUnsafe(ref s3), Vector512.LoadUnsafe(ref s3, (nuint)width), Vector512.LoadUnsafe(ref s3, (nuint)(2 * width)), Vector512.LoadUnsafe(ref s3, (nuint)(3 * width)));
            for (var i = start; i < end; i++)
            {
                ref var y = ref Unsafe.Add(ref rows, (nint)i * rank);
                var (y0, y1, y2, y3) = (Vector512.LoadUnsafe(ref y), Vector512.LoadUnsafe(ref y, (nuint)width), Vector512.LoadUnsafe(ref y, (nuint)(2 * width)), Vector512.LoadUnsafe(ref y, (nuint)(3 * width)));
                var scale = Vector512.Create(Unsafe.Add(ref y, a));
                (a0, a1, a2, a3) = (a0 + (y0 * scale), a1 + (y1 * scale), a2 + (y2 * scale), a3 + (y3 * scale));
                scale = Vector512.Create(Unsafe.Add(ref y, a + 1));
                (b0, b1, b2, b3) = (b0 + (y0 * scale), b1 + (y1 * scale), b2 + (y2 * scale), b3 + (y3 * scale));
                scale = Vector512.Create(Unsafe.Add(ref y, a + 2));
                (c0, c1, c2, c3) = (c0 + (y0 * scale), c1 + (y1 * scale), c2 + (y2 * scale), c3 + (y3 * scale));
                scale = Vector512.Create(Unsafe.Add(ref y, a + 3));
                (d0, d1, d2, d3) = (d0 + (y0 * scale), d1 + (y1 * scale), d2 + (y2 * scale), d3 + (y3 * scale));
            }
            a0.StoreUnsafe(ref s0);
            a1.StoreUnsafe(ref s0, (nuint)width);
            a2.StoreUnsafe(ref s0, (nuint)(2 * width));
            a3.StoreUnsafe(ref s0, (nuint)(3 * width));
            b0.StoreUnsafe(ref s1);
            b1.StoreUnsafe(ref s1, (nuint)width);
            b2.StoreUnsafe(ref s1, (nuint)(2 * width));
            b3.StoreUnsafe(ref s1, (nuint)(3 * width));
            c0.StoreUnsafe(ref s2);
            c1.StoreUnsafe(ref s2, (nuint)width);
            c2.StoreUnsafe(ref s2, (nuint)(2 * width));
            c3.StoreUnsafe(ref s2, (nuint)(3 * width));
            d0.StoreUnsafe(ref s3);
            d1.StoreUnsafe(ref s3, (nuint)width);
            d2.StoreUnsafe(ref s3, (nuint)(2 * width));
            d3.StoreUnsafe(ref s3, (nuint)(3 * width));
        }
    }

    /// <summary>result = square · vector for the symmetric <paramref name="square"/>, as a sum of its rows scaled by the vector's entries: no horizontal sums.</summary>
    /// <remarks>Sixty-four entries of the result at a time stay in eight registers for the whole sum, instead of being loaded and stored once per row.</remarks>
    private static void Multiply(float[] square, ReadOnlySpan<float> vector, Span<float> result, int rank)
    {
        var width = Vector256<float>.Count;
        var start = 0;
        for (; start + 8 * width <= rank; start += 8 * width)
        {
            Vector256<float> r0 = default, r1 = default, r2 = default, r3 = default, r4 = default, r5 = default, r6 = default, r7 = default;
            for (var a = 0; a < rank; a++)
            {
                ref var row = ref square[(a * rank) + start];
                var scale = Vector256.Create(vector[a]);
                r0 += Vector256.LoadUnsafe(ref row) * scale;
                r1 += Vector256.LoadUnsafe(ref row, (nuint)width) * scale;
                r2 += Vector256.LoadUnsafe(ref row, (nuint)(2 * width)) * scale;
                r3 += Vector256.LoadUnsafe(ref row, (nuint)(3 * width)) * scale;
                r4 += Vector256.LoadUnsafe(ref row, (nuint)(4 * width)) * scale;
                r5 += Vector256.LoadUnsafe(ref row, (nuint)(5 * width)) * scale;
                r6 += Vector256.LoadUnsafe(ref row, (nuint)(6 * width)) * scale;
                r7 += Vector256.LoadUnsafe(ref row, (nuint)(7 * width)) * scale;
            }
            ref var target = ref MemoryMarshal.GetReference(result[start..]);
            r0.StoreUnsafe(ref target);
            r1.StoreUnsafe(ref target, (nuint)width);
            r2.StoreUnsafe(ref target, (nuint)(2 * width));
            r3.StoreUnsafe(ref target, (nuint)(3 * width));
            r4.StoreUnsafe(ref target, (nuint)(4 * width));
            r5.StoreUnsafe(ref target, (nuint)(5 * width));
            r6.StoreUnsafe(ref target, (nuint)(6 * width));
            r7.StoreUnsafe(ref target, (nuint)(7 * width));
        }
        if (start < rank)
        {
            var rest = result[start..];
            rest.Clear();
            for (var a = 0; a < rank; a++)
            {
                AddScaled(square.AsSpan((a * rank) + start, rank - start), vector[a], rest);
            }
        }
    }

    /// <summary>
    /// target += Σₖ coefficientₖ·yₖ over the fixed rows yₖ of <paramref name="items"/>, with coefficientₖ = (c − 1)ₖ·(yₖ·v), or,
    /// for the <paramref name="initial"/> residual, cₖ − (c − 1)ₖ·(yₖ·v): the only part of a row's work that grows with its items.
    /// </summary>
    /// <remarks>At the default rank of 64 with AVX-512, v, yₖ and the sum each fill four registers: yₖ is loaded once for its
    /// dot product and its update, and the sum is stored once, instead of a load and a store of the target per item.</remarks>
    private static void AddProjections(float[] fixedFactors, int rank, ReadOnlySpan<int> items, ReadOnlySpan<float> extra, ReadOnlySpan<float> v, bool initial, Span<float> target)
    {
        if (rank == 4 * Vector512<float>.Count && Vector512.IsHardwareAccelerated)
        {
            AddProjections64(fixedFactors, items, extra, v, initial, target);
            return;
        }
        for (var k = 0; k < items.Length; k++)
        {
            var y = fixedFactors.AsSpan(items[k] * rank, rank);
            var projection = extra[k] * DotTiles.Dot<float>(y, v);
            AddScaled(y, initial ? 1 + extra[k] - projection : projection, target);
        }
    }

    private static void AddProjections64(float[] fixedFactors, ReadOnlySpan<int> items, ReadOnlySpan<float> extra, ReadOnlySpan<float> v, bool initial, Span<float> target)
    {
        const int rank = 64;
        var width = Vector512<float>.Count;
        ref var v0 = ref MemoryMarshal.GetReference(v);
        var (v1, v2, v3, v4) = (Vector512.LoadUnsafe(ref v0), Vector512.LoadUnsafe(ref v0, (nuint)width), Vector512.LoadUnsafe(ref v0, (nuint)(2 * width)), Vector512.LoadUnsafe(ref v0, (nuint)(3 * width)));
        ref var t0 = ref MemoryMarshal.GetReference(target);
        var (s1, s2, s3, s4) = (Vector512.LoadUnsafe(ref t0), Vector512.LoadUnsafe(ref t0, (nuint)width), Vector512.LoadUnsafe(ref t0, (nuint)(2 * width)), Vector512.LoadUnsafe(ref t0, (nuint)(3 * width)));
        ref var factors = ref MemoryMarshal.GetArrayDataReference(fixedFactors);
        for (var k = 0; k < items.Length; k++)
        {
            ref var y = ref Unsafe.Add(ref factors, (nint)items[k] * rank);
            var (y1, y2, y3, y4) = (Vector512.LoadUnsafe(ref y), Vector512.LoadUnsafe(ref y, (nuint)width), Vector512.LoadUnsafe(ref y, (nuint)(2 * width)), Vector512.LoadUnsafe(ref y, (nuint)(3 * width)));
            var dot = Vector512.Sum(Vector512.FusedMultiplyAdd(y1, v1, Vector512.FusedMultiplyAdd(y2, v2, Vector512.FusedMultiplyAdd(y3, v3, y4 * v4))));
            var projection = extra[k] * dot;
            var coefficient = Vector512.Create(initial ? 1 + extra[k] - projection : projection);
            s1 = Vector512.FusedMultiplyAdd(y1, coefficient, s1);
            s2 = Vector512.FusedMultiplyAdd(y2, coefficient, s2);
            s3 = Vector512.FusedMultiplyAdd(y3, coefficient, s3);
            s4 = Vector512.FusedMultiplyAdd(y4, coefficient, s4);
        }
        s1.StoreUnsafe(ref t0);
        s2.StoreUnsafe(ref t0, (nuint)width);
        s3.StoreUnsafe(ref t0, (nuint)(2 * width));
        s4.StoreUnsafe(ref t0, (nuint)(3 * width));
    }

    /// <summary>target += scale × y, for the short factor rows of a sweep (inlined: a library call costs more than the work).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddScaled(ReadOnlySpan<float> y, float scale, Span<float> target)
    {
        ref var source = ref MemoryMarshal.GetReference(y);
        ref var destination = ref MemoryMarshal.GetReference(target);
        var factor = Vector256.Create(scale);
        var i = 0;
        for (; i + Vector256<float>.Count <= y.Length; i += Vector256<float>.Count)
        {
            (Vector256.LoadUnsafe(ref destination, (nuint)i) + (Vector256.LoadUnsafe(ref source, (nuint)i) * factor)).StoreUnsafe(ref destination, (nuint)i);
        }
        for (; i < y.Length; i++)
        {
            Unsafe.Add(ref destination, i) += Unsafe.Add(ref source, i) * scale;
        }
    }
}
