using System.Numerics.Tensors;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Numerics;

/// <summary>Products of a sparse CSR matrix with dense row-major blocks, in double precision.</summary>
internal static class SparseDenseProduct
{
    /// <summary>Writes <paramref name="sparse"/> × <paramref name="dense"/> (Columns × width, row-major) into <paramref name="result"/> (Rows × width).</summary>
    public static void Multiply(InteractionMatrix sparse, double[] dense, int width, double[] result)
    {
        Parallel.For(0, sparse.Rows, row =>
        {
            var target = result.AsSpan(row * width, width);
            target.Clear();
            var indices = sparse.RowIndices(row);
            var values = sparse.RowValues(row);
            for (var k = 0; k < indices.Length; k++)
            {
                var source = dense.AsSpan(indices[k] * width, width);
                TensorPrimitives.MultiplyAdd(source, (double)values[k], target, target);
            }
        });
    }
}
