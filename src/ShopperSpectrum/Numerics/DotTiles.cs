using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ShopperSpectrum.Numerics;

/// <summary>Blocks of row-by-row dot products, C[r, s] += Σ_p X[r, p]·Y[s, p], the one kernel the dense solvers need.</summary>
/// <remarks>Methods are jitted fully optimised at once (a fit runs once per process, before tiering would catch up).
/// Rows of both operands are contiguous along p, so a 3 × 3 tile keeps nine SIMD accumulators and six loads in
/// registers (15 of AVX2's 16) and does nine FMAs per six loads: compute-bound, with no packing. Where 512-bit vectors run
/// in hardware (AVX-512: 32 registers), a 4 × 4 tile keeps sixteen and does sixteen FMAs per eight loads of twice the
/// width: EASE's inverse at n = 3,600 took 0.59–0.65 s instead of 0.74–0.91 s on 2 cores of an AVX-512 EPYC.</remarks>
internal static class DotTiles
{
    /// <summary>Bytes of each row processed per pass, so the rows a 48-row block reuses stay in L2 (192 KiB) while the nine
    /// horizontal sums a tile ends with are paid once per 128 vector steps (at n = 3,600, 4 KiB instead of 1 KiB made EASE's
    /// inverse about a fifth faster).</summary>
    private const int ChunkBytes = 4096;

    /// <summary>Σ x[p]·y[p] over equal-length spans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
    public static T Dot<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var y0 = ref MemoryMarshal.GetReference(y);
        Vector256<T> first = default, second = default;
        var width = Vector256<T>.Count;
        var p = 0;
        for (; p + 2 * width <= x.Length; p += 2 * width)
        {
            first = MultiplyAdd(Vector256.LoadUnsafe(ref x0, (nuint)p), Vector256.LoadUnsafe(ref y0, (nuint)p), first);
            second = MultiplyAdd(Vector256.LoadUnsafe(ref x0, (nuint)(p + width)), Vector256.LoadUnsafe(ref y0, (nuint)(p + width)), second);
        }
        var sum = Vector256.Sum(first + second);
        for (; p < x.Length; p++)
        {
            sum += Unsafe.Add(ref x0, p) * Unsafe.Add(ref y0, p);
        }
        return sum;
    }

    /// <summary>Adds to <paramref name="c"/> (rows × cols, row-major) the dot products of rows [xRow, xRow + rows) of <paramref name="x"/> with rows [yRow, yRow + cols) of <paramref name="y"/>, over columns [p0, p1); both matrices have <paramref name="stride"/> columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Accumulate<T>(T[] x, int xRow, int rows, T[] y, int yRow, int cols, int stride, int p0, int p1, Span<T> c)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Accumulate(x, xRow, rows, y, yRow, cols, stride, p0, p1, c, wide: Vector512.IsHardwareAccelerated);

    /// <summary>As <see cref="Accumulate{T}(T[], int, int, T[], int, int, int, int, int, Span{T})"/>, in 4 × 4 tiles of 512-bit vectors when <paramref name="wide"/>, else 3 × 3 tiles of 256-bit ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Accumulate<T>(T[] x, int xRow, int rows, T[] y, int yRow, int cols, int stride, int p0, int p1, Span<T> c, bool wide)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var chunk = ChunkBytes / Unsafe.SizeOf<T>();
        var side = wide ? 4 : 3;
        for (var start = p0; start < p1; start += chunk)
        {
            var length = Math.Min(chunk, p1 - start);
            for (var r = 0; r < rows; r += side)
            {
                for (var s = 0; s < cols; s += side)
                {
                    if (r + side <= rows && s + side <= cols)
                    {
                        var (xAt, yAt) = ((long)(xRow + r) * stride + start, (long)(yRow + s) * stride + start);
                        if (wide)
                        {
                            Tile4x4(x, xAt, y, yAt, stride, length, c[(r * cols + s)..], cols);
                        }
                        else
                        {
                            Tile3x3(x, xAt, y, yAt, stride, length, c[(r * cols + s)..], cols);
                        }
                    }
                    else
                    {
                        for (var i = r; i < Math.Min(r + side, rows); i++)
                        {
                            for (var j = s; j < Math.Min(s + side, cols); j++)
                            {
                                c[i * cols + j] += Dot<T>(
                                    x.AsSpan((int)((long)(xRow + i) * stride + start), length),
                                    y.AsSpan((int)((long)(yRow + j) * stride + start), length));
                            }
                        }
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile4x4<T>(T[] x, long xAt, T[] y, long yAt, int stride, int length, Span<T> c, int cStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var x0 = ref Unsafe.Add(ref x[0], (nint)xAt);
        ref var x1 = ref Unsafe.Add(ref x0, stride);
        ref var x2 = ref Unsafe.Add(ref x1, stride);
        ref var x3 = ref Unsafe.Add(ref x2, stride);
        ref var y0 = ref Unsafe.Add(ref y[0], (nint)yAt);
        ref var y1 = ref Unsafe.Add(ref y0, stride);
        ref var y2 = ref Unsafe.Add(ref y1, stride);
        ref var y3 = ref Unsafe.Add(ref y2, stride);
        Vector512<T> c00 = default, c01 = default, c02 = default, c03 = default, c10 = default, c11 = default, c12 = default, c13 = default;
        Vector512<T> c20 = default, c21 = default, c22 = default, c23 = default, c30 = default, c31 = default, c32 = default, c33 = default;
        var width = Vector512<T>.Count;
        var p = 0;
        for (; p + width <= length; p += width)
        {
            var (a0, a1, a2, a3) = (Vector512.LoadUnsafe(ref x0, (nuint)p), Vector512.LoadUnsafe(ref x1, (nuint)p), Vector512.LoadUnsafe(ref x2, (nuint)p), Vector512.LoadUnsafe(ref x3, (nuint)p));
            var b = Vector512.LoadUnsafe(ref y0, (nuint)p);
            c00 = MultiplyAdd(a0, b, c00); c10 = MultiplyAdd(a1, b, c10); c20 = MultiplyAdd(a2, b, c20); c30 = MultiplyAdd(a3, b, c30);
            b = Vector512.LoadUnsafe(ref y1, (nuint)p);
            c01 = MultiplyAdd(a0, b, c01); c11 = MultiplyAdd(a1, b, c11); c21 = MultiplyAdd(a2, b, c21); c31 = MultiplyAdd(a3, b, c31);
            b = Vector512.LoadUnsafe(ref y2, (nuint)p);
            c02 = MultiplyAdd(a0, b, c02); c12 = MultiplyAdd(a1, b, c12); c22 = MultiplyAdd(a2, b, c22); c32 = MultiplyAdd(a3, b, c32);
            b = Vector512.LoadUnsafe(ref y3, (nuint)p);
            c03 = MultiplyAdd(a0, b, c03); c13 = MultiplyAdd(a1, b, c13); c23 = MultiplyAdd(a2, b, c23); c33 = MultiplyAdd(a3, b, c33);
        }
        Span<T> sums = [
            Vector512.Sum(c00), Vector512.Sum(c01), Vector512.Sum(c02), Vector512.Sum(c03),
            Vector512.Sum(c10), Vector512.Sum(c11), Vector512.Sum(c12), Vector512.Sum(c13),
            Vector512.Sum(c20), Vector512.Sum(c21), Vector512.Sum(c22), Vector512.Sum(c23),
            Vector512.Sum(c30), Vector512.Sum(c31), Vector512.Sum(c32), Vector512.Sum(c33)];
        for (; p < length; p++)
        {
            T a0 = Unsafe.Add(ref x0, p), a1 = Unsafe.Add(ref x1, p), a2 = Unsafe.Add(ref x2, p), a3 = Unsafe.Add(ref x3, p);
            T b0 = Unsafe.Add(ref y0, p), b1 = Unsafe.Add(ref y1, p), b2 = Unsafe.Add(ref y2, p), b3 = Unsafe.Add(ref y3, p);
            sums[0] += a0 * b0; sums[1] += a0 * b1; sums[2] += a0 * b2; sums[3] += a0 * b3;
            sums[4] += a1 * b0; sums[5] += a1 * b1; sums[6] += a1 * b2; sums[7] += a1 * b3;
            sums[8] += a2 * b0; sums[9] += a2 * b1; sums[10] += a2 * b2; sums[11] += a2 * b3;
            sums[12] += a3 * b0; sums[13] += a3 * b1; sums[14] += a3 * b2; sums[15] += a3 * b3;
        }
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                c[i * cStride + j] += sums[i * 4 + j];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> MultiplyAdd<T>(Vector512<T> a, Vector512<T> b, Vector512<T> addend)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
        {
            return Vector512.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), addend.AsDouble()).As<double, T>();
        }
        if (typeof(T) == typeof(float))
        {
            return Vector512.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), addend.AsSingle()).As<float, T>();
        }
        return a * b + addend;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile3x3<T>(T[] x, long xAt, T[] y, long yAt, int stride, int length, Span<T> c, int cStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var x0 = ref Unsafe.Add(ref x[0], (nint)xAt);
        ref var x1 = ref Unsafe.Add(ref x0, stride);
        ref var x2 = ref Unsafe.Add(ref x1, stride);
        ref var y0 = ref Unsafe.Add(ref y[0], (nint)yAt);
        ref var y1 = ref Unsafe.Add(ref y0, stride);
        ref var y2 = ref Unsafe.Add(ref y1, stride);
        Vector256<T> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default, c20 = default, c21 = default, c22 = default;
        var width = Vector256<T>.Count;
        var p = 0;
        for (; p + width <= length; p += width)
        {
            var (a0, a1, a2) = (Vector256.LoadUnsafe(ref x0, (nuint)p), Vector256.LoadUnsafe(ref x1, (nuint)p), Vector256.LoadUnsafe(ref x2, (nuint)p));
            var b = Vector256.LoadUnsafe(ref y0, (nuint)p);
            c00 = MultiplyAdd(a0, b, c00);
            c10 = MultiplyAdd(a1, b, c10);
            c20 = MultiplyAdd(a2, b, c20);
            b = Vector256.LoadUnsafe(ref y1, (nuint)p);
            c01 = MultiplyAdd(a0, b, c01);
            c11 = MultiplyAdd(a1, b, c11);
            c21 = MultiplyAdd(a2, b, c21);
            b = Vector256.LoadUnsafe(ref y2, (nuint)p);
            c02 = MultiplyAdd(a0, b, c02);
            c12 = MultiplyAdd(a1, b, c12);
            c22 = MultiplyAdd(a2, b, c22);
        }
        T s00 = Vector256.Sum(c00), s01 = Vector256.Sum(c01), s02 = Vector256.Sum(c02);
        T s10 = Vector256.Sum(c10), s11 = Vector256.Sum(c11), s12 = Vector256.Sum(c12);
        T s20 = Vector256.Sum(c20), s21 = Vector256.Sum(c21), s22 = Vector256.Sum(c22);
        for (; p < length; p++)
        {
            T a0 = Unsafe.Add(ref x0, p), a1 = Unsafe.Add(ref x1, p), a2 = Unsafe.Add(ref x2, p);
            T b0 = Unsafe.Add(ref y0, p), b1 = Unsafe.Add(ref y1, p), b2 = Unsafe.Add(ref y2, p);
            s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2;
            s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2;
            s20 += a2 * b0; s21 += a2 * b1; s22 += a2 * b2;
        }
        c[0] += s00; c[1] += s01; c[2] += s02;
        c[cStride] += s10; c[cStride + 1] += s11; c[cStride + 2] += s12;
        c[2 * cStride] += s20; c[2 * cStride + 1] += s21; c[2 * cStride + 2] += s22;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<T> MultiplyAdd<T>(Vector256<T> a, Vector256<T> b, Vector256<T> addend)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
        {
            return Vector256.FusedMultiplyAdd(a.AsDouble(), b.AsDouble(), addend.AsDouble()).As<double, T>();
        }
        if (typeof(T) == typeof(float))
        {
            return Vector256.FusedMultiplyAdd(a.AsSingle(), b.AsSingle(), addend.AsSingle()).As<float, T>();
        }
        return a * b + addend;
    }
}
