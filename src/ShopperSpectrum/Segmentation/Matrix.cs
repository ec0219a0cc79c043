namespace ShopperSpectrum.Segmentation;

/// <summary>Boundary checks shared by the APIs that take a row-major matrix as a flat array.</summary>
internal static class Matrix
{
    /// <summary>Validates a row-major matrix and returns its number of rows.</summary>
    public static int RowCount(double[] rows, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (rows.Length % dimensions != 0)
        {
            throw new ArgumentException("The matrix length must be a multiple of the number of dimensions.", nameof(rows));
        }

        return rows.Length / dimensions;
    }
}
