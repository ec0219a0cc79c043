using System.Numerics.Tensors;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Numerics;

/// <summary>
/// Truncated SVD of a sparse matrix by Halko, Martinsson and Tropp's randomized range finder, as scikit-learn's
/// TruncatedSVD(algorithm="randomized") runs it: a Gaussian test matrix with oversampling, power iterations
/// re-orthonormalised after every product, then the exact SVD of the small projected matrix.
/// </summary>
internal static class RandomizedSvd
{
    /// <summary>Returns U·Σ (Rows × rank, row-major) and Vᵀ (rank × Columns, row-major) of the best rank-<paramref name="rank"/> approximation found.</summary>
    public static (float[] UserSigma, float[] ComponentsT, double[] SingularValues) Compute(
        InteractionMatrix a, int rank, int oversamples, int powerIterations, int seed)
    {
        var (n, m) = (a.Rows, a.Columns);
        var width = Math.Min(rank + oversamples, Math.Min(n, m));
        var at = a.Transpose();
        var q = Gaussian(m * width, seed);
        var y = new double[n * width];
        var scratch = new double[Math.Max(n, m) * width];
        for (var i = 0; i < powerIterations; i++)
        {
            SparseDenseProduct.Multiply(a, q, width, y);
            // Inside the power iterations the basis only has to stay well conditioned (scikit-learn uses LU here): one pass does.
            Orthonormal.Orthonormalize(y, n, width, passes: 1, scratch);
            SparseDenseProduct.Multiply(at, y, width, q);
            Orthonormal.Orthonormalize(q, m, width, passes: 1, scratch);
        }
        SparseDenseProduct.Multiply(a, q, width, y);
        Orthonormal.Orthonormalize(y, n, width, scratch: scratch);

        // Z = Aᵀ Q is Bᵀ for B = Qᵀ A; the eigenvectors W of B Bᵀ = Zᵀ Z give B = W Σ Vᵀ with V = Z W Σ⁻¹.
        var z = new double[m * width];
        SparseDenseProduct.Multiply(at, y, width, z);
        var gram = Orthonormal.Gram(z, m, width, scratch);
        var (values, w) = SymmetricEigen.Decompose(gram, width);
        var kept = Math.Min(rank, width);
        var sigma = values.Take(kept).Select(v => Math.Sqrt(Math.Max(v, 0))).ToArray();

        var userSigma = new float[n * kept];
        Parallel.For(0, n, i => Combine(y.AsSpan(i * width, width), w, width, sigma, userSigma.AsSpan(i * kept, kept)));
        var inverse = sigma.Select(s => s > 1e-12 ? 1 / s : 0).ToArray();
        var itemFactors = new float[m * kept];
        Parallel.For(0, m, p => Combine(z.AsSpan(p * width, width), w, width, inverse, itemFactors.AsSpan(p * kept, kept)));
        var componentsT = new float[kept * m];
        for (var p = 0; p < m; p++)
        {
            for (var c = 0; c < kept; c++)
            {
                componentsT[(c * m) + p] = itemFactors[(p * kept) + c];
            }
        }
        return (userSigma, componentsT, sigma);
    }

    /// <summary>Writes (row · W)[c] × scale[c] for the first scale.Length columns of W (width × width, row-major).</summary>
    private static void Combine(ReadOnlySpan<double> row, double[] w, int width, double[] scale, Span<float> target)
    {
        Span<double> sums = stackalloc double[scale.Length];
        for (var j = 0; j < width; j++)
        {
            TensorPrimitives.MultiplyAdd(w.AsSpan(j * width, scale.Length), row[j], sums, sums);
        }
        for (var c = 0; c < scale.Length; c++)
        {
            target[c] = (float)(sums[c] * scale[c]);
        }
    }

    private static double[] Gaussian(int count, int seed)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i += 2)
        {
            // Box–Muller: two independent standard normals from two uniforms.
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            values[i] = radius * Math.Cos(angle);
            if (i + 1 < count)
            {
                values[i + 1] = radius * Math.Sin(angle);
            }
        }
        return values;
    }
}
