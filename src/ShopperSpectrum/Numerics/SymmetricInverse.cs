using System.Collections.Concurrent;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ShopperSpectrum.Numerics;

/// <summary>Inverts a dense symmetric positive-definite matrix: blocked Cholesky G = LLᵀ, V = L⁻ᵀ, then G⁻¹ = VVᵀ.</summary>
/// <remarks>The bulk of all three steps is row-by-row dot products (<see cref="DotTiles"/>), parallel over blocks; what lies
/// beside a diagonal block is then solved by one small product with that block's inverse. n³ flops in all, half of what an
/// LU-based inverse spends.</remarks>
internal static class SymmetricInverse
{
    private const int Block = 48;

    /// <summary>Replaces the n × n row-major symmetric positive-definite <paramref name="a"/> (only its lower triangle is read) by its full inverse.</summary>
    public static void Invert<T>(T[] a, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Cholesky(a, n);
        var v = InverseTranspose(a, n);
        Gram(v, n, a);
    }

    /// <summary>Left-looking blocked Cholesky: the lower triangle of <paramref name="a"/> becomes L.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Cholesky<T>(T[] a, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var diagonalInverse = new T[Block * Block];
        var packing = new T[PackedRows<T>.Size(Block, n)];
        for (var j0 = 0; j0 < n; j0 += Block)
        {
            var width = Math.Min(Block, n - j0);
            // Bring columns [j0, j0 + width) up to date with every earlier column: the bulk of the flops.
            var rowBlocks = (n - j0 + Block - 1) / Block;
            var earlier = PackedRows<T>.Pack(a, j0, width, n, 0, j0, packing);
            Parallel.For(0, rowBlocks, () => new T[Block * Block], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b, _, c) =>
            {
                var i0 = j0 + b * Block;
                var rows = Math.Min(Block, n - i0);
                var tile = c.AsSpan(0, rows * width);
                tile.Clear();
                DotTiles.Accumulate(a, i0, rows, n, earlier, 0, j0, tile);
                for (var r = 0; r < rows; r++)
                {
                    var target = a.AsSpan((i0 + r) * n + j0, width);
                    TensorPrimitives.Subtract(target, tile.Slice(r * width, width), target);
                }
                return c;
            }, _ => { });
            // Factor the diagonal block, then solve the rows below against it.
            for (var j = j0; j < j0 + width; j++)
            {
                var row = a.AsSpan(j * n + j0, j - j0);
                var d = a[j * n + j] - DotTiles.Dot<T>(row, row);
                if (!(d > T.Zero))
                {
                    throw new ArithmeticException($"The matrix is not positive definite (pivot {j}).");
                }
                a[j * n + j] = T.Sqrt(d);
                for (var i = j + 1; i < j0 + width; i++)
                {
                    SolveEntry(a, n, i, j, j0);
                }
            }
            // Each row below solves x·L_dᵀ = a[i, block]: x = a[i, block]·L_d⁻ᵀ, a product with that block's inverse.
            DiagonalInverseTranspose(a, n, j0, width, diagonalInverse);
            var solve = PackedRows<T>.PackColumns(diagonalInverse.AsSpan(0, width * width), width, j0);
            Parallel.For(0, (n - j0 - width + Block - 1) / Block, () => new T[Block * Block], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b, _, c) =>
            {
                var i0 = j0 + width + b * Block;
                var rows = Math.Min(Block, n - i0);
                var tile = c.AsSpan(0, rows * width);
                tile.Clear();
                DotTiles.Accumulate(a, i0, rows, n, solve, j0, j0 + width, tile);
                for (var r = 0; r < rows; r++)
                {
                    tile.Slice(r * width, width).CopyTo(a.AsSpan((i0 + r) * n + j0, width));
                }
                return c;
            }, _ => { });
        }
    }

    /// <summary>V = L⁻ᵀ (upper triangular, in a new array) from the Cholesky factor in the lower triangle of <paramref name="l"/>.</summary>
    /// <remarks>The diagonal blocks are L_d⁻ᵀ; right of them, row j of V solves L_d·u = −t with
    /// t[i] = Σ_{j ≤ p &lt; i0} L[i, p]·V[j, p] (rows of L times rows of V), so u = −t·L_d⁻ᵀ. A block row of V needs only its
    /// own blocks to the left, so each block row is one task, walking right, the longest first: no step waits for the
    /// slowest task of the one before, as a sweep over block columns would. Each block row of L is packed once, up front,
    /// for every task (n²/2 values). V's zero lower triangle makes sums over whole blocks exact.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static T[] InverseTranspose<T>(T[] l, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var v = new T[(long)n * n];
        var blocks = (n + Block - 1) / Block;
        var left = new PackedRows<T>[blocks];
        var solves = new PackedRows<T>[blocks];
        Parallel.For(0, blocks, () => new T[Block * Block], (b, _, diagonal) =>
        {
            var (i0, rows) = (b * Block, RowsOf(b));
            left[b] = PackedRows<T>.Pack(l, i0, rows, n, 0, i0);
            DiagonalInverseTranspose(l, n, i0, rows, diagonal);
            var inverse = diagonal.AsSpan(0, rows * rows);
            for (var j = 0; j < rows; j++)
            {
                inverse.Slice(j * rows + j, rows - j).CopyTo(v.AsSpan((i0 + j) * n + i0 + j, rows - j));
            }
            solves[b] = PackedRows<T>.PackColumns(inverse, rows, 0);
            return diagonal;
        }, _ => { });
        var order = Partitioner.Create(Enumerable.Range(0, Math.Max(0, blocks - 1)), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, () => (Sums: new T[Block * Block], Solved: new T[Block * Block]), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (jb, _, c) =>
        {
            var j0 = jb * Block;
            for (var ib = jb + 1; ib < blocks; ib++)
            {
                var (i0, rows) = (ib * Block, RowsOf(ib));
                var sums = c.Sums.AsSpan(0, Block * rows);
                sums.Clear();
                DotTiles.Accumulate(v, j0, Block, n, left[ib], j0, i0, sums);
                var solved = c.Solved.AsSpan(0, Block * rows);
                solved.Clear();
                DotTiles.Accumulate(c.Sums, 0, Block, rows, solves[ib], 0, rows, solved);
                for (var j = 0; j < Block; j++)
                {
                    TensorPrimitives.Negate(solved.Slice(j * rows, rows), v.AsSpan((j0 + j) * n + i0, rows));
                }
            }
            return c;
        }, _ => { });
        return v;

        int RowsOf(int block) => Math.Min(Block, n - (block * Block));
    }

    /// <summary>Writes L_d⁻ᵀ, the inverse transpose of the w × w diagonal block of L at <paramref name="i0"/>, into <paramref name="m"/> (w × w, row-major, upper triangular).</summary>
    /// <remarks>M[j, i] = L⁻¹[i, j] = −(Σ_{j ≤ p &lt; i} L[i, p]·M[j, p]) / L[i, i].</remarks>
    internal static void DiagonalInverseTranspose<T>(T[] l, int n, int i0, int w, T[] m)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Array.Clear(m);
        for (var j = 0; j < w; j++)
        {
            m[j * w + j] = T.One / l[(i0 + j) * n + i0 + j];
            for (var i = j + 1; i < w; i++)
            {
                var row = (i0 + i) * n + i0;
                m[j * w + i] = -DotTiles.Dot<T>(l.AsSpan(row + j, i - j), m.AsSpan(j * w + j, i - j)) / l[row + i];
            }
        }
    }

    /// <summary>Writes VVᵀ (symmetric, full) into <paramref name="result"/>, for upper triangular V.</summary>
    /// <remarks>Column block by column block, each packed once for the blocks at and below the diagonal; the first blocks
    /// reach furthest right and have the most below them, so they go first and the last tasks are short.</remarks>
    internal static void Gram<T>(T[] v, int n, T[] result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var blocks = (n + Block - 1) / Block;
        var order = Partitioner.Create(Enumerable.Range(0, blocks), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, () => (Packing: new T[PackedRows<T>.Size(Block, n)], Tile: new T[Block * Block]), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (bj, _, buffers) =>
        {
            var j0 = bj * Block;
            var cols = Math.Min(Block, n - j0);
            // V[j, p] is zero for p < j, so each sum starts at the lower block row.
            var column = PackedRows<T>.Pack(v, j0, cols, n, j0, n, buffers.Packing);
            for (var i0 = j0; i0 < n; i0 += Block)
            {
                var rows = Math.Min(Block, n - i0);
                var tile = buffers.Tile.AsSpan(0, rows * cols);
                tile.Clear();
                DotTiles.Accumulate(v, i0, rows, n, column, i0, n, tile);
                for (var r = 0; r < rows; r++)
                {
                    tile.Slice(r * cols, cols).CopyTo(result.AsSpan((i0 + r) * n + j0, cols));
                }
                // The mirror image a row at a time, so its writes run along memory and the reads stay in the tile.
                for (var s = 0; s < cols; s++)
                {
                    for (var r = 0; r < rows; r++)
                    {
                        result[(j0 + s) * n + i0 + r] = tile[r * cols + s];
                    }
                }
            }
            return buffers;
        }, _ => { });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SolveEntry<T>(T[] a, int n, int i, int j, int j0)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var dot = DotTiles.Dot<T>(a.AsSpan(i * n + j0, j - j0), a.AsSpan(j * n + j0, j - j0));
        a[i * n + j] = (a[i * n + j] - dot) / a[j * n + j];
    }
}
