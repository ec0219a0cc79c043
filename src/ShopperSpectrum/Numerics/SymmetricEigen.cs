namespace ShopperSpectrum.Numerics;

/// <summary>Eigen-decomposition of a small dense symmetric matrix by cyclic Jacobi rotations.</summary>
internal static class SymmetricEigen
{
    /// <summary>Returns the eigenvalues in descending order and the matching unit eigenvectors as the columns of a row-major n × n matrix.</summary>
    public static (double[] Values, double[] Vectors) Decompose(double[] symmetric, int n)
    {
        var a = (double[])symmetric.Clone();
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }
        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, total = 0;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var square = a[(i * n) + j] * a[(i * n) + j];
                    total += square;
                    off += i == j ? 0 : square;
                }
            }
            if (off <= 1e-24 * total)
            {
                break;
            }
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, v, n, p, q);
                }
            }
        }
        var order = Enumerable.Range(0, n).OrderByDescending(i => a[(i * n) + i]).ThenBy(i => i).ToArray();
        var values = order.Select(i => a[(i * n) + i]).ToArray();
        var vectors = new double[n * n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                vectors[(r * n) + c] = v[(r * n) + order[c]];
            }
        }
        return (values, vectors);
    }

    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        var apq = a[(p * n) + q];
        if (apq == 0)
        {
            return;
        }
        var theta = (a[(q * n) + q] - a[(p * n) + p]) / (2 * apq);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        for (var k = 0; k < n; k++)
        {
            var akp = a[(k * n) + p];
            var akq = a[(k * n) + q];
            a[(k * n) + p] = (c * akp) - (s * akq);
            a[(k * n) + q] = (s * akp) + (c * akq);
        }
        for (var k = 0; k < n; k++)
        {
            var apk = a[(p * n) + k];
            var aqk = a[(q * n) + k];
            a[(p * n) + k] = (c * apk) - (s * aqk);
            a[(q * n) + k] = (s * apk) + (c * aqk);
        }
        for (var k = 0; k < n; k++)
        {
            var vkp = v[(k * n) + p];
            var vkq = v[(k * n) + q];
            v[(k * n) + p] = (c * vkp) - (s * vkq);
            v[(k * n) + q] = (s * vkp) + (c * vkq);
        }
    }
}
