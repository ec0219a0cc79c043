namespace ShopperSpectrum.Synthetic;

/// <summary>Draws an index with probability proportional to its weight, by binary search over running totals.</summary>
internal sealed class CumulativeSampler
{
    private readonly double[] cumulative;

    public CumulativeSampler(ReadOnlySpan<double> weights)
    {
        cumulative = new double[weights.Length];
        double total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            cumulative[i] = total;
        }
    }

    public int Count => cumulative.Length;

    public double Total => cumulative[^1];

    public int Sample(Rng rng) => Sample(rng.NextDouble());

    /// <summary>The index whose share of the total contains <paramref name="unit"/>, a number in [0, 1).</summary>
    public int Sample(double unit)
    {
        var target = unit * cumulative[^1];
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
