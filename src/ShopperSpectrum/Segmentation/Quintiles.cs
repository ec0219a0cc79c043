namespace ShopperSpectrum.Segmentation;

/// <summary>Quintile scores 1–5 exactly as pandas' <c>qcut(values.rank(method="first"), 5)</c> assigns them.</summary>
internal static class Quintiles
{
    /// <summary>The 1–5 bin of every value (1 = lowest values), ties broken by position, as rank(method="first") does.</summary>
    public static byte[] Bins(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray(); // stable: equal values keep their order
        var edges = RankEdges(n);
        var bins = new byte[n];
        var bin = 1;
        for (var rank = 1; rank <= n; rank++)
        {
            while (bin < 5 && rank > edges[bin])
            {
                bin++;
            }
            bins[order[rank - 1]] = (byte)bin;
        }
        return bins;
    }

    /// <summary>The largest value in each of bins 1–4: a new value above the i-th is in a higher bin.</summary>
    public static double[] UpperValues(IReadOnlyList<double> values, byte[] bins)
    {
        var upper = Enumerable.Repeat(double.NegativeInfinity, 4).ToArray();
        for (var i = 0; i < values.Count; i++)
        {
            if (bins[i] < 5)
            {
                upper[bins[i] - 1] = Math.Max(upper[bins[i] - 1], values[i]);
            }
        }
        // An empty bin (fewer than five customers) takes its neighbour's bound so the bounds stay ordered.
        for (var i = 1; i < 4; i++)
        {
            upper[i] = Math.Max(upper[i], upper[i - 1]);
        }
        return upper;
    }

    /// <summary>The bin of a value not in the fitted data, from the fitted bins' upper values.</summary>
    public static int Bin(double value, IReadOnlyList<double> upperValues) => 1 + upperValues.Count(u => value > u);

    /// <summary>numpy's linear-interpolation quantiles of the ranks 1..n at linspace(0, 1, 6), computed with numpy's own arithmetic.</summary>
    private static double[] RankEdges(int n)
    {
        var edges = new double[6];
        for (var i = 0; i < 6; i++)
        {
            var q = i == 5 ? 1.0 : i * 0.2;
            var virtualIndex = (n * q) + (1 + (q * -1.0)) - 1; // numpy _compute_virtual_index with alpha = beta = 1
            var below = Math.Floor(virtualIndex);
            var gamma = virtualIndex - below;
            var a = below + 1; // the rank at sorted position `below` (ranks are 1..n)
            var b = Math.Min(below + 1, n - 1) + 1;
            var diff = b - a;
            edges[i] = gamma >= 0.5 ? b - (diff * (1 - gamma)) : a + (diff * gamma);
        }
        return edges;
    }
}
