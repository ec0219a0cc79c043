using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ShopperSpectrum.Numerics;

/// <summary>Blocks of row-by-row dot products, C[r, s] += Σ_p X[r, p]·Y[s, p], the one kernel the dense solvers need.</summary>
/// <remarks>Methods are jitted fully optimised at once (a fit runs once per process, before tiering would catch up).
/// Y's rows are packed column by column (<see cref="PackedRows{T}"/>), so C's rows are built as sums of Y's columns scaled
/// by X's values: 8 rows by 48 floats of C stay in 24 of AVX-512's 32 registers, and each step loads three vectors and
/// broadcasts 8 values for 24 FMAs, with no horizontal sums. Alone it runs at the core's FMA peak (52 GFMA/s on a 2-core
/// AVX-512 EPYC); dot products of rows, 4 × 4 at a time, loaded a vector per FMA pair from L2 and ended each tile in 16
/// horizontal sums: EASE's inverse at n = 3,600 took 0.59–0.65 s with them, 0.42 s with this. Without AVX-512, 4 rows by
/// 24 floats in 256-bit vectors fit AVX2's 16 registers.</remarks>
internal static class DotTiles
{
    /// <summary>Columns of Y per pass: a strip of them (192 KiB of floats or doubles) stays in L2 while X's rows stream past.</summary>
    private const int PassDepth = 1024;

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

    /// <summary>Adds to <paramref name="c"/> (rows × y.Count, row-major) the dot products of rows [xRow, xRow + rows) of
    /// <paramref name="x"/> (<paramref name="stride"/> columns) with the rows of <paramref name="y"/>, over columns [p0, p1)
    /// (within those y was packed over, so that many products share one packing).</summary>
    public static void Accumulate<T>(T[] x, int xRow, int rows, int stride, PackedRows<T> y, int p0, int p1, Span<T> c)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Accumulate(x, xRow, rows, stride, y, p0, p1, c, wide: Vector512.IsHardwareAccelerated);

    /// <summary>As <see cref="Accumulate{T}(T[], int, int, int, PackedRows{T}, int, int, Span{T})"/>, 8 rows by a strip at a
    /// time in 512-bit vectors when <paramref name="wide"/>, else 4 rows by half a strip in 256-bit ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Accumulate<T>(T[] x, int xRow, int rows, int stride, PackedRows<T> y, int p0, int p1, Span<T> c, bool wide)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (rows == 0 || y.Count == 0 || p1 <= p0)
        {
            return;
        }
        var strip = PackedRows<T>.Width;
        var (rowStep, span) = wide ? (8, strip) : (4, strip / 2);
        // A tile cut short by the last rows or columns adds its sums here first, then their valid part to c.
        Span<T> edge = stackalloc T[rowStep * span];
        for (var start = p0; start < p1; start += PassDepth)
        {
            var depth = Math.Min(PassDepth, p1 - start);
            for (var s = 0; s < y.Count; s += span)
            {
                ref var panel = ref y.Values[(s / strip * y.Depth + start - y.From) * strip + (s % strip)];
                var columns = Math.Min(span, y.Count - s);
                for (var r = 0; r < rows; r += rowStep)
                {
                    ref var x0 = ref x[((long)(xRow + r) * stride) + start];
                    var valid = Math.Min(rowStep, rows - r);
                    var whole = valid == rowStep && columns == span;
                    if (!whole)
                    {
                        edge.Clear();
                    }
                    ref var target = ref whole ? ref c[(r * y.Count) + s] : ref edge[0];
                    if (wide)
                    {
                        Kernel8(ref x0, stride, valid, ref panel, depth, ref target, whole ? y.Count : span);
                    }
                    else
                    {
                        Kernel4(ref x0, stride, valid, ref panel, depth, ref target, whole ? y.Count : span);
                    }
                    if (!whole)
                    {
                        for (var i = 0; i < valid; i++)
                        {
                            var row = c.Slice(((r + i) * y.Count) + s, columns);
                            TensorPrimitives.Add(row, edge.Slice(i * span, columns), row);
                        }
                    }
                }
            }
        }
    }

    /// <summary>target[i, ·] += Σ_p x[i, p]·panel[p, ·] for 8 rows and a strip three 512-bit vectors wide: 24 accumulators
    /// stay in registers, and each step is three loads and 8 broadcasts for 24 FMAs. Rows past <paramref name="valid"/>
    /// repeat the last valid one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel8<T>(ref T x0, int stride, int valid, ref T panel, int depth, ref T target, int targetStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var x1 = ref Unsafe.Add(ref x0, Math.Min(1, valid - 1) * stride);
        ref var x2 = ref Unsafe.Add(ref x0, Math.Min(2, valid - 1) * stride);
        ref var x3 = ref Unsafe.Add(ref x0, Math.Min(3, valid - 1) * stride);
        ref var x4 = ref Unsafe.Add(ref x0, Math.Min(4, valid - 1) * stride);
        ref var x5 = ref Unsafe.Add(ref x0, Math.Min(5, valid - 1) * stride);
        ref var x6 = ref Unsafe.Add(ref x0, Math.Min(6, valid - 1) * stride);
        ref var x7 = ref Unsafe.Add(ref x0, Math.Min(7, valid - 1) * stride);
        Vector512<T> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector512<T> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        Vector512<T> c40 = default, c41 = default, c42 = default, c50 = default, c51 = default, c52 = default;
        Vector512<T> c60 = default, c61 = default, c62 = default, c70 = default, c71 = default, c72 = default;
        var (width, strip) = (Vector512<T>.Count, PackedRows<T>.Width);
        for (var p = 0; p < depth; p++)
        {
            var at = (nuint)(p * strip);
            var (b0, b1, b2) = (Vector512.LoadUnsafe(ref panel, at), Vector512.LoadUnsafe(ref panel, at + (nuint)width), Vector512.LoadUnsafe(ref panel, at + (nuint)(2 * width)));
            var a = Vector512.Create(Unsafe.Add(ref x0, p));
            c00 = MultiplyAdd(a, b0, c00); c01 = MultiplyAdd(a, b1, c01); c02 = MultiplyAdd(a, b2, c02);
            a = Vector512.Create(Unsafe.Add(ref x1, p));
            c10 = MultiplyAdd(a, b0, c10); c11 = MultiplyAdd(a, b1, c11); c12 = MultiplyAdd(a, b2, c12);
            a = Vector512.Create(Unsafe.Add(ref x2, p));
            c20 = MultiplyAdd(a, b0, c20); c21 = MultiplyAdd(a, b1, c21); c22 = MultiplyAdd(a, b2, c22);
            a = Vector512.Create(Unsafe.Add(ref x3, p));
            c30 = MultiplyAdd(a, b0, c30); c31 = MultiplyAdd(a, b1, c31); c32 = MultiplyAdd(a, b2, c32);
            a = Vector512.Create(Unsafe.Add(ref x4, p));
            c40 = MultiplyAdd(a, b0, c40); c41 = MultiplyAdd(a, b1, c41); c42 = MultiplyAdd(a, b2, c42);
            a = Vector512.Create(Unsafe.Add(ref x5, p));
            c50 = MultiplyAdd(a, b0, c50); c51 = MultiplyAdd(a, b1, c51); c52 = MultiplyAdd(a, b2, c52);
            a = Vector512.Create(Unsafe.Add(ref x6, p));
            c60 = MultiplyAdd(a, b0, c60); c61 = MultiplyAdd(a, b1, c61); c62 = MultiplyAdd(a, b2, c62);
            a = Vector512.Create(Unsafe.Add(ref x7, p));
            c70 = MultiplyAdd(a, b0, c70); c71 = MultiplyAdd(a, b1, c71); c72 = MultiplyAdd(a, b2, c72);
        }
        // Added in place, with no call: an accumulator live across a call would be written to the stack at every step.
        Add(ref target, 0, c00, c01, c02);
        Add(ref target, targetStride, c10, c11, c12);
        Add(ref target, 2 * targetStride, c20, c21, c22);
        Add(ref target, 3 * targetStride, c30, c31, c32);
        Add(ref target, 4 * targetStride, c40, c41, c42);
        Add(ref target, 5 * targetStride, c50, c51, c52);
        Add(ref target, 6 * targetStride, c60, c61, c62);
        Add(ref target, 7 * targetStride, c70, c71, c72);
    }

    /// <summary>As <see cref="Kernel8"/> for 4 rows and 256-bit vectors (12 accumulators: AVX2 has 16 registers), half a strip wide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel4<T>(ref T x0, int stride, int valid, ref T panel, int depth, ref T target, int targetStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ref var x1 = ref Unsafe.Add(ref x0, Math.Min(1, valid - 1) * stride);
        ref var x2 = ref Unsafe.Add(ref x0, Math.Min(2, valid - 1) * stride);
        ref var x3 = ref Unsafe.Add(ref x0, Math.Min(3, valid - 1) * stride);
        Vector256<T> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector256<T> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        var (width, strip) = (Vector256<T>.Count, PackedRows<T>.Width);
        for (var p = 0; p < depth; p++)
        {
            var at = (nuint)(p * strip);
            var (b0, b1, b2) = (Vector256.LoadUnsafe(ref panel, at), Vector256.LoadUnsafe(ref panel, at + (nuint)width), Vector256.LoadUnsafe(ref panel, at + (nuint)(2 * width)));
            var a = Vector256.Create(Unsafe.Add(ref x0, p));
            c00 = MultiplyAdd(a, b0, c00); c01 = MultiplyAdd(a, b1, c01); c02 = MultiplyAdd(a, b2, c02);
            a = Vector256.Create(Unsafe.Add(ref x1, p));
            c10 = MultiplyAdd(a, b0, c10); c11 = MultiplyAdd(a, b1, c11); c12 = MultiplyAdd(a, b2, c12);
            a = Vector256.Create(Unsafe.Add(ref x2, p));
            c20 = MultiplyAdd(a, b0, c20); c21 = MultiplyAdd(a, b1, c21); c22 = MultiplyAdd(a, b2, c22);
            a = Vector256.Create(Unsafe.Add(ref x3, p));
            c30 = MultiplyAdd(a, b0, c30); c31 = MultiplyAdd(a, b1, c31); c32 = MultiplyAdd(a, b2, c32);
        }
        Add(ref target, 0, c00, c01, c02);
        Add(ref target, targetStride, c10, c11, c12);
        Add(ref target, 2 * targetStride, c20, c21, c22);
        Add(ref target, 3 * targetStride, c30, c31, c32);
    }

    /// <summary>Adds three vectors to the values at <paramref name="at"/> of <paramref name="target"/>, one after another.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<T>(ref T target, int at, Vector512<T> v0, Vector512<T> v1, Vector512<T> v2)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (first, width) = ((nuint)at, (nuint)Vector512<T>.Count);
        (Vector512.LoadUnsafe(ref target, first) + v0).StoreUnsafe(ref target, first);
        (Vector512.LoadUnsafe(ref target, first + width) + v1).StoreUnsafe(ref target, first + width);
        (Vector512.LoadUnsafe(ref target, first + (2 * width)) + v2).StoreUnsafe(ref target, first + (2 * width));
    }

    /// <summary>As <see cref="Add{T}(ref T, int, Vector512{T}, Vector512{T}, Vector512{T})"/> for 256-bit vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<T>(ref T target, int at, Vector256<T> v0, Vector256<T> v1, Vector256<T> v2)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var (first, width) = ((nuint)at, (nuint)Vector256<T>.Count);
        (Vector256.LoadUnsafe(ref target, first) + v0).StoreUnsafe(ref target, first);
        (Vector256.LoadUnsafe(ref target, first + width) + v1).StoreUnsafe(ref target, first + width);
        (Vector256.LoadUnsafe(ref target, first + (2 * width)) + v2).StoreUnsafe(ref target, first + (2 * width));
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
