namespace ShopperSpectrum.Tests.Segmentation;

/// <summary>Seeded synthetic point sets for algorithm-property tests.</summary>
internal static class Synthetic
{
    public static double[] Uniform(int seed, int count, int dimensions)
    {
        var random = new Random(seed);
        var points = new double[count * dimensions];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = random.NextDouble();
        }

        return points;
    }

    /// <summary>Points uniform in a unit cube around each centre, blob after blob.</summary>
    public static double[] Blobs(int seed, int perBlob, int dimensions, params double[][] centres)
    {
        var random = new Random(seed);
        var points = new double[centres.Length * perBlob * dimensions];
        var index = 0;
        foreach (var centre in centres)
        {
            for (var p = 0; p < perBlob; p++)
            {
                for (var j = 0; j < dimensions; j++)
                {
                    points[index++] = centre[j] + random.NextDouble() - 0.5;
                }
            }
        }

        return points;
    }
}
