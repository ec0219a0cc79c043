using System.Numerics.Tensors;

namespace ShopperSpectrum.Numerics;

/// <summary>Orthonormalises the columns of a dense row-major block (the Q of a thin QR decomposition).</summary>
/// <remarks>
/// Cholesky QR: with G = YᵀY = LLᵀ, the columns of Y·L⁻ᵀ are orthonormal. G and Y·L⁻ᵀ are tiled products
/// (<see cref="DotTiles"/>), the second parallel over rows, and L and L⁻ᵀ come from <see cref="SymmetricInverse"/>, where
/// Gram–Schmidt walks the columns one after another on one core, a library call per column pair (a randomized SVD of
/// online_retail.csv spent half its time there). G has the square of the block's condition number, so a block too close to
/// rank-deficient for G's Cholesky falls back to modified Gram–Schmidt, which leaves the dependent columns zero.
/// </remarks>
internal static class Orthonormal
{
    /// <summary>Smallest pivot of G's Cholesky, relative to its largest diagonal entry, that Cholesky QR accepts.</summary>
    private const double RelativePivot = 1e-12;

    /// <summary>Rows of Y each task multiplies by L⁻ᵀ.</summary>
    private const int RowsPerTask = 256;

    /// <summary>Replaces the columns of <paramref name="block"/> (rows × width) by an orthonormal basis of their span, repeating the orthonormalisation <paramref name="passes"/> times (twice is enough for full accuracy).</summary>
    /// <remarks>It works in <paramref name="scratch"/> (rows × width values, allocated when null): a caller orthonormalising again
    /// and again passes the same one, as a fresh array each time costs more in page faults than the arithmetic.</remarks>
    public static void Orthonormalize(double[] block, int rows, int width, int passes = 2, double[]? scratch = null)
    {
        scratch ??= new double[rows * width];
        for (var pass = 0; pass < passes; pass++)
        {
            if (!CholeskyPass(block, rows, width, scratch))
            {
                ModifiedPasses(block, rows, width, passes - pass, scratch);
                return;
            }
        }
    }

    /// <summary>YᵀY for the row-major <paramref name="block"/> (rows × width): dot products of its columns, made rows of a transposed copy in <paramref name="scratch"/> (rows × width values, allocated when null).</summary>
    public static double[] Gram(double[] block, int rows, int width, double[]? scratch = null)
    {
        var columns = Transpose(block, rows, width, scratch ?? new double[rows * width]);
        var gram = new double[width * width];
        // Y's own rows are the packed columns of Yᵀ.
        DotTiles.Accumulate(columns, 0, width, rows, PackedRows<double>.PackColumns(block.AsSpan(0, rows * width), width, 0), 0, rows, gram);
        return gram;
    }

    /// <summary>One Cholesky QR pass: Y ← Y·L⁻ᵀ for YᵀY = LLᵀ; false, with Y untouched, when a pivot of the Cholesky is too small to trust.</summary>
    private static bool CholeskyPass(double[] block, int rows, int width, double[] scratch)
    {
        var l = Gram(block, rows, width, scratch);
        var largest = Enumerable.Range(0, width).Max(j => l[(j * width) + j]);
        try
        {
            SymmetricInverse.Cholesky(l, width);
        }
        catch (ArithmeticException)
        {
            return false;
        }
        // Each pivot is the square of L's diagonal entry.
        if (Enumerable.Range(0, width).Any(j => !(l[(j * width) + j] * l[(j * width) + j] > RelativePivot * largest)))
        {
            return false;
        }
        // Y·L⁻ᵀ, rows in parallel runs, into the scratch, then over Y.
        var inverseTranspose = new double[width * width];
        SymmetricInverse.DiagonalInverseTranspose(l, width, 0, width, inverseTranspose);
        var solve = PackedRows<double>.PackColumns(inverseTranspose, width, 0);
        Parallel.For(0, (rows + RowsPerTask - 1) / RowsPerTask, task =>
        {
            var (first, count) = (task * RowsPerTask, Math.Min(RowsPerTask, rows - (task * RowsPerTask)));
            var product = scratch.AsSpan(first * width, count * width);
            product.Clear();
            DotTiles.Accumulate(block, first, count, width, solve, 0, width, product);
        });
        scratch.AsSpan(0, rows * width).CopyTo(block);
        return true;
    }

    private static double[] Transpose(double[] block, int rows, int width, double[] columns)
    {
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < width; j++)
            {
                columns[(j * rows) + i] = block[(i * width) + j];
            }
        }
        return columns;
    }

    /// <summary>Modified Gram–Schmidt, <paramref name="passes"/> times, on a column-major copy of the block in <paramref name="scratch"/>.</summary>
    private static void ModifiedPasses(double[] block, int rows, int width, int passes, double[] scratch)
    {
        var columns = Transpose(block, rows, width, scratch);
        for (var pass = 0; pass < passes; pass++)
        {
            for (var j = 0; j < width; j++)
            {
                var column = columns.AsSpan(j * rows, rows);
                for (var p = 0; p < j; p++)
                {
                    var previous = columns.AsSpan(p * rows, rows);
                    TensorPrimitives.MultiplyAdd(previous, -TensorPrimitives.Dot(previous, column), column, column);
                }
                var norm = Math.Sqrt(TensorPrimitives.Dot(column, column));
                // A rank-deficient column stays zero rather than becoming noise.
                TensorPrimitives.Multiply(column, norm > 1e-12 ? 1 / norm : 0, column);
            }
        }
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < width; j++)
            {
                block[(i * width) + j] = columns[(j * rows) + i];
            }
        }
    }
}
