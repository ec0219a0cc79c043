using System.Runtime.CompilerServices;

namespace ShopperSpectrum.Segmentation;

/// <summary>Points stored feature by feature (structure of arrays) so that distance kernels vectorise over points.</summary>
internal sealed class PointMatrix
{
    private PointMatrix(int count, int dimensions)
    {
        Count = count;
        Dimensions = dimensions;
        Columns = new double[count * dimensions];
    }

    /// <summary>Gets the number of points.</summary>
    public int Count { get; }

    /// <summary>Gets the number of features per point.</summary>
    public int Dimensions { get; }

    /// <summary>Gets the values: feature j of point i is at <c>j * Count + i</c>.</summary>
    public double[] Columns { get; }

    /// <summary>Transposes a row-major matrix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PointMatrix FromRows(double[] rows, int dimensions)
    {
        var matrix = new PointMatrix(rows.Length / dimensions, dimensions);
        for (var i = 0; i < matrix.Count; i++)
        {
            for (var j = 0; j < dimensions; j++)
            {
                matrix.Columns[(j * matrix.Count) + i] = rows[(i * dimensions) + j];
            }
        }

        return matrix;
    }

    /// <summary>Transposes the rows named by <paramref name="order"/>, in that order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PointMatrix FromRows(double[] rows, int dimensions, ReadOnlySpan<int> order)
    {
        var matrix = new PointMatrix(order.Length, dimensions);
        for (var i = 0; i < order.Length; i++)
        {
            for (var j = 0; j < dimensions; j++)
            {
                matrix.Columns[(j * matrix.Count) + i] = rows[(order[i] * dimensions) + j];
            }
        }

        return matrix;
    }

    /// <summary>The points named by <paramref name="indices"/>, in that order.</summary>
    public PointMatrix Subset(ReadOnlySpan<int> indices)
    {
        var matrix = new PointMatrix(indices.Length, Dimensions);
        for (var j = 0; j < Dimensions; j++)
        {
            var source = Columns.AsSpan(j * Count, Count);
            var target = matrix.Columns.AsSpan(j * indices.Length, indices.Length);
            for (var i = 0; i < indices.Length; i++)
            {
                target[i] = source[indices[i]];
            }
        }

        return matrix;
    }

    /// <summary>Copies point <paramref name="index"/> into <paramref name="destination"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CopyPoint(int index, Span<double> destination)
    {
        for (var j = 0; j < Dimensions; j++)
        {
            destination[j] = Columns[(j * Count) + index];
        }
    }

    /// <summary>Returns the mean of the per-feature population variances (scikit-learn's tolerance scale).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double MeanVariance()
    {
        var total = 0.0;
        for (var j = 0; j < Dimensions; j++)
        {
            var column = Columns.AsSpan(j * Count, Count);
            var mean = 0.0;
            foreach (var value in column)
            {
                mean += value;
            }

            mean /= Count;
            var squares = 0.0;
            foreach (var value in column)
            {
                squares += (value - mean) * (value - mean);
            }

            total += squares / Count;
        }

        return total / Dimensions;
    }
}
