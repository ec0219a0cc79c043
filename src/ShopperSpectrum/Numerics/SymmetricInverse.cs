using System.Numerics;
using System.Runtime.CompilerServices;
using System.Numerics.Tensors;

namespace ShopperSpectrum.Numerics;

/// <summary>Inverts a dense symmetric positive-definite matrix: blocked Cholesky G = LLᵀ, V = L⁻ᵀ, then G⁻¹ = VVᵀ.</summary>
/// <remarks>All three steps are row-by-row dot products (<see cref="DotTiles"/>), parallel over blocks; n³ flops in all,
/// half of what an LU-based inverse spends.</remarks>
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
        for (var j0 = 0; j0 < n; j0 += Block)
        {
            var width = Math.Min(Block, n - j0);
            // Bring columns [j0, j0 + width) up to date with every earlier column: the bulk of the flops.
            var rowBlocks = (n - j0 + Block - 1) / Block;
            Parallel.For(0, rowBlocks, () => new T[Block * Block], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b, _, c) =>
            {
                var i0 = j0 + b * Block;
                var rows = Math.Min(Block, n - i0);
                var tile = c.AsSpan(0, rows * width);
                tile.Clear();
                DotTiles.Accumulate(a, i0, rows, a, j0, width, n, 0, j0, tile);
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
            Parallel.For(j0 + width, n, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
            {
                for (var j = j0; j < j0 + width; j++)
                {
                    SolveEntry(a, n, i, j, j0);
                }
            });
        }
    }

    /// <summary>V = L⁻ᵀ (upper triangular, in a new array) from the Cholesky factor in the lower triangle of <paramref name="l"/>.</summary>
    /// <remarks>V[j, i] = L⁻¹[i, j] = −(Σ_{j ≤ p &lt; i} L[i, p]·V[j, p]) / L[i, i]: rows of L times rows of V. V's zero lower triangle makes
    /// sums over whole blocks exact.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static T[] InverseTranspose<T>(T[] l, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var v = new T[(long)n * n];
        for (var i = 0; i < n; i++)
        {
            v[i * n + i] = T.One / l[i * n + i];
        }
        for (var i0 = 0; i0 < n; i0 += Block)
        {
            var rows = Math.Min(Block, n - i0);
            // Columns left of this block row: one block-by-block product each, then a short solve down the block.
            Parallel.For(0, i0 / Block, () => new T[Block * Block], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b, _, c) =>
            {
                var j0 = b * Block;
                var tile = c.AsSpan(0, rows * Block);
                tile.Clear();
                DotTiles.Accumulate(l, i0, rows, v, j0, Block, n, j0, i0, tile);
                for (var j = j0; j < j0 + Block; j++)
                {
                    for (var i = i0; i < i0 + rows; i++)
                    {
                        var sum = tile[(i - i0) * Block + j - j0] + DotTiles.Dot<T>(l.AsSpan(i * n + i0, i - i0), v.AsSpan(j * n + i0, i - i0));
                        v[j * n + i] = -sum / l[i * n + i];
                    }
                }
                return c;
            }, _ => { });
            for (var j = i0; j < i0 + rows; j++)
            {
                for (var i = j + 1; i < i0 + rows; i++)
                {
                    v[j * n + i] = -DotTiles.Dot<T>(l.AsSpan(i * n + j, i - j), v.AsSpan(j * n + j, i - j)) / l[i * n + i];
                }
            }
        }
        return v;
    }

    /// <summary>Writes VVᵀ (symmetric, full) into <paramref name="result"/>, for upper triangular V.</summary>
    internal static void Gram<T>(T[] v, int n, T[] result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var blocks = (n + Block - 1) / Block;
        var pairs = new List<(int I, int J)>();
        for (var bi = 0; bi < blocks; bi++)
        {
            for (var bj = 0; bj <= bi; bj++)
            {
                pairs.Add((bi, bj));
            }
        }
        // Biggest products first (block rows near the top reach furthest right) so the last tasks are short.
        pairs.Sort((x, y) => x.I.CompareTo(y.I));
        Parallel.ForEach(pairs, () => new T[Block * Block], [MethodImpl(MethodImplOptions.AggressiveOptimization)] (pair, _, c) =>
        {
            var (i0, j0) = (pair.I * Block, pair.J * Block);
            var (rows, cols) = (Math.Min(Block, n - i0), Math.Min(Block, n - j0));
            var tile = c.AsSpan(0, rows * cols);
            tile.Clear();
            // V[i, p] is zero for p < i, so the sum starts at the block row.
            DotTiles.Accumulate(v, i0, rows, v, j0, cols, n, i0, n, tile);
            for (var r = 0; r < rows; r++)
            {
                for (var s = 0; s < cols; s++)
                {
                    result[(i0 + r) * n + j0 + s] = tile[r * cols + s];
                    result[(j0 + s) * n + i0 + r] = tile[r * cols + s];
                }
            }
            return c;
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
