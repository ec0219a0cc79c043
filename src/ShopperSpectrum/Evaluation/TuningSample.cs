namespace ShopperSpectrum.Evaluation;

/// <summary>
/// The validation customers a hybrid's weights are tuned on: every one of them while their score rows fit in
/// <see cref="BudgetBytes"/>, else a seeded sample of that many. The tuner keeps each judged customer's normalised scores for
/// every product and strategy (customers × products × strategies × 4 bytes: 25 GB for the 10M-line generated log, unsampled).
/// </summary>
internal static class TuningSample
{
    /// <summary>The most memory the tuner's score rows may take.</summary>
    public const long BudgetBytes = 1L << 30;

    /// <summary>Seed of the customer sample.</summary>
    public const int Seed = 42;

    /// <summary>How many customers the tuner may judge within the budget.</summary>
    internal static int MaxJudgedCustomers(int products, int strategies) =>
        (int)Math.Clamp(BudgetBytes / (4L * Math.Max(products, 1) * Math.Max(strategies, 1)), 1, int.MaxValue);

    /// <summary>
    /// The pairs of at most <paramref name="maxCustomers"/> customers: those whose seeded hash of the id is smallest, so the
    /// sample depends on the ids and the seed only, never on the order of the pairs; all pairs when there are few enough.
    /// With <paramref name="withHistory"/>, only those customers are drawn: the others cannot be judged, and where the
    /// training data is a small share of the customers, a sample of everyone would hold almost none of them.
    /// </summary>
    internal static IReadOnlyList<(string CustomerId, string ProductId)> Sample(
        IReadOnlyList<(string CustomerId, string ProductId)> pairs, int maxCustomers, int seed, IReadOnlyList<string>? withHistory = null)
    {
        var known = withHistory?.ToHashSet(StringComparer.Ordinal);
        var customers = pairs.Select(p => p.CustomerId).Distinct(StringComparer.Ordinal).Where(id => known?.Contains(id) ?? true).ToList();
        if (customers.Count <= maxCustomers)
        {
            return pairs;
        }
        var kept = customers
            .OrderBy(id => SeededHash(id, seed))
            .ThenBy(id => id, StringComparer.Ordinal)
            .Take(maxCustomers)
            .ToHashSet(StringComparer.Ordinal);
        return [.. pairs.Where(p => kept.Contains(p.CustomerId))];
    }

    /// <summary>FNV-1a over the id's characters, started from the seed and finished with SplitMix64's mixer.</summary>
    private static ulong SeededHash(string id, int seed)
    {
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }
}
