namespace ShopperSpectrum.Segmentation;

/// <summary>
/// Finds the knee of a decreasing inertia curve by the maximum-distance-to-chord rule: both axes are normalised to
/// [0, 1] and the knee is the point farthest below the straight line joining the first and last points (for a convex
/// decreasing curve this is the point Kneedle selects as well).
/// </summary>
internal static class ElbowLocator
{
    /// <summary>Returns the k at the knee, or the first k when the curve has fewer than three points or no point below the chord.</summary>
    public static int Find(IReadOnlyList<int> ks, IReadOnlyList<double> inertias)
    {
        var count = ks.Count;
        if (count < 3)
        {
            return ks[0];
        }

        var low = inertias.Min();
        var high = inertias.Max();
        if (high <= low)
        {
            return ks[0];
        }

        double X(int i) => (double)(ks[i] - ks[0]) / (ks[count - 1] - ks[0]);
        double Y(int i) => (inertias[i] - low) / (high - low);

        // Vertical gap to the chord is proportional to the perpendicular distance, the chord being fixed.
        var y0 = Y(0);
        var slope = Y(count - 1) - y0;
        // A knee must lie visibly below the chord, not by rounding error (a straight line has none).
        var best = 0;
        var bestGap = 1e-9;
        for (var i = 1; i < count - 1; i++)
        {
            var gap = y0 + (slope * X(i)) - Y(i);
            if (gap > bestGap)
            {
                bestGap = gap;
                best = i;
            }
        }

        return ks[best];
    }
}
