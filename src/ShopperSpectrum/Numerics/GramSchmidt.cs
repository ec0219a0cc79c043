using System.Numerics.Tensors;

namespace ShopperSpectrum.Numerics;

/// <summary>Orthonormalises the columns of a dense row-major block (the Q of a thin QR decomposition).</summary>
internal static class GramSchmidt
{
    /// <summary>Replaces the columns of <paramref name="block"/> (rows × width) by an orthonormal basis of their span; modified Gram–Schmidt, repeated <paramref name="passes"/> times (twice is enough for full accuracy).</summary>
    public static void Orthonormalize(double[] block, int rows, int width, int passes = 2)
    {
        var columns = new double[width * rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < width; j++)
            {
                columns[(j * rows) + i] = block[(i * width) + j];
            }
        }
        for (var pass = 0; pass < passes; pass++)
        {
            for (var j = 0; j < width; j++)
            {
                var column = columns.AsSpan(j * rows, rows);
                for (var p = 0; p < j; p++)
                {
                    var previous = columns.AsSpan(p * rows, rows);
                    var projection = Dot(previous, column);
                    TensorPrimitives.MultiplyAdd(previous, -projection, column, column);
                }
                var norm = Math.Sqrt(Dot(column, column));
                // A rank-deficient column stays zero rather than becoming noise.
                var scale = norm > 1e-12 ? 1 / norm : 0;
                TensorPrimitives.Multiply(column, scale, column);
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

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => TensorPrimitives.Dot(a, b);
}
