namespace ShopperSpectrum.Segmentation;

/// <summary>
/// Log1p then z-score scaling of non-negative features such as recency, frequency and monetary value,
/// using the population standard deviation like scikit-learn's <c>StandardScaler</c>.
/// </summary>
/// <param name="Means">Mean of each feature after log1p.</param>
/// <param name="StandardDeviations">Population standard deviation of each feature after log1p; a zero deviation scales by one, like scikit-learn.</param>
public sealed record FeatureScaler(double[] Means, double[] StandardDeviations)
{
    /// <summary>Gets the number of features the scaler was fitted on.</summary>
    public int Dimensions => Means.Length;

    /// <summary>Learns the per-feature mean and population standard deviation of log1p(max(0, x)).</summary>
    /// <param name="rows">Row-major matrix of raw values, <paramref name="dimensions"/> values per row; negative values are clipped to zero.</param>
    /// <param name="dimensions">Number of features per row.</param>
    /// <returns>The fitted scaler.</returns>
    public static FeatureScaler Fit(double[] rows, int dimensions)
    {
        var count = Matrix.RowCount(rows, dimensions);
        ArgumentOutOfRangeException.ThrowIfZero(count, nameof(rows));
        var means = new double[dimensions];
        var deviations = new double[dimensions];
        for (var j = 0; j < dimensions; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < count; i++)
            {
                sum += LogValue(rows[(i * dimensions) + j]);
            }

            var mean = sum / count;
            var squares = 0.0;
            for (var i = 0; i < count; i++)
            {
                var centred = LogValue(rows[(i * dimensions) + j]) - mean;
                squares += centred * centred;
            }

            means[j] = mean;
            deviations[j] = Math.Sqrt(squares / count);
        }

        return new FeatureScaler(means, deviations);
    }

    /// <summary>Scales a whole row-major matrix.</summary>
    /// <param name="rows">Row-major matrix of raw values.</param>
    /// <param name="dimensions">Number of features per row; must equal <see cref="Dimensions"/>.</param>
    /// <returns>A new row-major matrix of scaled values.</returns>
    public double[] Transform(double[] rows, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(dimensions, Dimensions);
        var count = Matrix.RowCount(rows, dimensions);
        var scaled = new double[rows.Length];
        for (var i = 0; i < count; i++)
        {
            Transform(rows.AsSpan(i * dimensions, dimensions), scaled.AsSpan(i * dimensions, dimensions));
        }

        return scaled;
    }

    /// <summary>Scales one point.</summary>
    /// <param name="raw">Raw feature values, one per dimension.</param>
    /// <param name="destination">Receives the scaled values; same length as <paramref name="raw"/>.</param>
    public void Transform(ReadOnlySpan<double> raw, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(raw.Length, Dimensions, nameof(raw));
        ArgumentOutOfRangeException.ThrowIfNotEqual(destination.Length, Dimensions, nameof(destination));
        for (var j = 0; j < raw.Length; j++)
        {
            var deviation = StandardDeviations[j];
            destination[j] = (LogValue(raw[j]) - Means[j]) / (deviation > 0 ? deviation : 1.0);
        }
    }

    private static double LogValue(double raw) => Math.Log(1.0 + Math.Max(raw, 0.0));
}
