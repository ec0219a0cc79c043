using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Numerics;

/// <summary>Products of a sparse CSR matrix with dense row-major blocks, in double precision.</summary>
internal static class SparseDenseProduct
{
    /// <summary>Writes <paramref name="sparse"/> × <paramref name="dense"/> (Columns × width, row-major) into <paramref name="result"/> (Rows × width).</summary>
    /// <remarks>A result row is summed a slice at a time in registers over the row's non-zeros, in their order: the same sums
    /// as adding each scaled dense row to it, without a call, a load and a store of the whole row per non-zero (at the
    /// randomized SVD's 60 columns the call cost more than its arithmetic).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(InteractionMatrix sparse, double[] dense, int width, double[] result)
    {
        Parallel.For(0, sparse.Rows, row =>
        {
            var indices = sparse.RowIndices(row);
            var values = sparse.RowValues(row);
            var lanes = Vector256<double>.Count;
            var start = 0;
            for (; start + (4 * lanes) <= width; start += 4 * lanes)
            {
                Vector256<double> s0 = default, s1 = default, s2 = default, s3 = default;
                for (var k = 0; k < indices.Length; k++)
                {
                    ref var source = ref dense[(indices[k] * width) + start];
                    var value = Vector256.Create((double)values[k]);
                    s0 += Vector256.LoadUnsafe(ref source) * value;
                    s1 += Vector256.LoadUnsafe(ref source, (nuint)lanes) * value;
                    s2 += Vector256.LoadUnsafe(ref source, (nuint)(2 * lanes)) * value;
                    s3 += Vector256.LoadUnsafe(ref source, (nuint)(3 * lanes)) * value;
                }
                ref var target = ref result[(row * width) + start];
                s0.StoreUnsafe(ref target);
                s1.StoreUnsafe(ref target, (nuint)lanes);
                s2.StoreUnsafe(ref target, (nuint)(2 * lanes));
                s3.StoreUnsafe(ref target, (nuint)(3 * lanes));
            }
            for (; start + lanes <= width; start += lanes)
            {
                var sum = Vector256<double>.Zero;
                for (var k = 0; k < indices.Length; k++)
                {
                    sum += Vector256.LoadUnsafe(ref dense[(indices[k] * width) + start]) * Vector256.Create((double)values[k]);
                }
                sum.StoreUnsafe(ref result[(row * width) + start]);
            }
            for (; start < width; start++)
            {
                var sum = 0.0;
                for (var k = 0; k < indices.Length; k++)
                {
                    sum += dense[(indices[k] * width) + start] * values[k];
                }
                result[(row * width) + start] = sum;
            }
        });
    }
}
