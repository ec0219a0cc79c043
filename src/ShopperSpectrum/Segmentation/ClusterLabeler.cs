using System.Globalization;

namespace ShopperSpectrum.Segmentation;

/// <summary>
/// Names clusters in plain business words from their mean recency, frequency and monetary value. Clusters are compared
/// on a value score, z(frequency) + z(monetary) − z(recency), where z standardises a mean across the clusters
/// (population standard deviation). Ties go to the cluster listed first.
/// </summary>
public static class ClusterLabeler
{
    /// <summary>Remaining clusters, best value score first, take these names in order.</summary>
    private static readonly string[] RankedNames = ["Loyal", "Regular", "Occasional", "Low-Spend", "Infrequent"];

    /// <summary>
    /// Returns one distinct name per profile, in the order of <paramref name="profiles"/>.
    /// The best value score is High-Value. With 2 clusters the other is At-Risk; with 3 or 4, the longest-since-last-order
    /// of the rest is At-Risk and the remainder, by value score, Regular then Occasional. With 5 or more, the
    /// longest-since-last-order of the rest is Lost, the next At-Risk (Lapsed High-Value if its spend is above the
    /// cluster average), the least frequent of the more-recent-than-average clusters New Customers, and the rest by
    /// value score Loyal, Regular, Occasional, Low-Spend, Infrequent (a lone rest is Regular). Repeated names get " 2", " 3".
    /// </summary>
    /// <param name="profiles">One profile per cluster.</param>
    /// <returns>The names, aligned with <paramref name="profiles"/>.</returns>
    public static string[] Label(IReadOnlyList<ClusterProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var count = profiles.Count;
        if (count == 0)
        {
            return [];
        }

        if (count == 1)
        {
            return ["All Customers"];
        }

        var recency = Standardise(profiles.Select(p => p.Recency));
        var frequency = Standardise(profiles.Select(p => p.Frequency));
        var monetary = Standardise(profiles.Select(p => p.Monetary));
        var value = new double[count];
        for (var i = 0; i < count; i++)
        {
            value[i] = frequency[i] + monetary[i] - recency[i];
        }

        var names = new string[count];
        var rest = Enumerable.Range(0, count).ToList();

        void Name(int index, string name)
        {
            names[index] = name;
            rest.Remove(index);
        }

        // MaxBy and MinBy return the first of equal keys, so ties go to the earlier profile.
        Name(rest.MaxBy(i => value[i]), "High-Value");
        if (count == 2)
        {
            Name(rest[0], "At-Risk");
        }
        else if (count <= 4)
        {
            Name(rest.MaxBy(i => profiles[i].Recency), "At-Risk");
            // Regular and Occasional differ in how often they buy: on close value scores, frequency keeps the names stable.
            var ranked = rest.OrderByDescending(i => profiles[i].Frequency).ThenByDescending(i => value[i]).ToArray();
            Name(ranked[0], "Regular");
            if (ranked.Length > 1)
            {
                Name(ranked[1], "Occasional");
            }
        }
        else
        {
            Name(rest.MaxBy(i => (profiles[i].Recency, -value[i])), "Lost");
            var atRisk = rest.MaxBy(i => (profiles[i].Recency, -value[i]));
            Name(atRisk, monetary[atRisk] > 0 ? "Lapsed High-Value" : "At-Risk");
            var recent = rest.Where(i => recency[i] < 0).ToArray();
            if (recent.Length > 0)
            {
                Name(recent.MinBy(i => profiles[i].Frequency), "New Customers");
            }

            var ranked = rest.OrderByDescending(i => value[i]).ToArray();
            for (var r = 0; r < ranked.Length; r++)
            {
                var name = ranked.Length == 1 ? "Regular" : RankedNames[Math.Min(r, RankedNames.Length - 1)];
                Name(ranked[r], name);
            }
        }

        return MakeDistinct(names);
    }

    private static double[] Standardise(IEnumerable<double> values)
    {
        var array = values.ToArray();
        var mean = array.Average();
        var deviation = Math.Sqrt(array.Sum(v => (v - mean) * (v - mean)) / array.Length);
        return array.Select(v => deviation > 0 ? (v - mean) / deviation : 0.0).ToArray();
    }

    private static string[] MakeDistinct(string[] names)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            for (var suffix = 2; !used.Add(name); suffix++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{names[i]} {suffix}");
            }

            names[i] = name;
        }

        return names;
    }
}
