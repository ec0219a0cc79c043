namespace ShopperSpectrum.Analysis;

/// <summary>Customers counted by their total revenue in bins of equal width on a log10 scale.</summary>
/// <param name="BinsPerDecade">How many bins each power of ten is split into.</param>
/// <param name="Bins">Every bin from the lowest to the highest non-empty one, empty bins between them included.</param>
/// <param name="NonPositiveCustomers">Customers whose returns or discounts bring their total to zero or below (not on a log scale).</param>
public sealed record MonetaryDistribution(int BinsPerDecade, IReadOnlyList<MonetaryBin> Bins, long NonPositiveCustomers)
{
    /// <summary>The distribution of the given totals (one per customer).</summary>
    public static MonetaryDistribution Of(IEnumerable<double> totals, int binsPerDecade = 4)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentOutOfRangeException.ThrowIfLessThan(binsPerDecade, 1);
        var positive = totals.Where(t => t > 0).ToList();
        var counts = positive.GroupBy(t => (long)Math.Floor(Math.Log10(t) * binsPerDecade)).ToDictionary(g => g.Key, g => (long)g.Count());
        return FromCounts(binsPerDecade, counts, totals.LongCount() - positive.Count);
    }

    /// <summary>Builds the distribution from customer counts per bin index i = ⌊log10(total) × <paramref name="binsPerDecade"/>⌋, filling the empty bins between.</summary>
    internal static MonetaryDistribution FromCounts(int binsPerDecade, IReadOnlyDictionary<long, long> counts, long nonPositive)
    {
        if (counts.Count == 0)
        {
            return new MonetaryDistribution(binsPerDecade, [], nonPositive);
        }
        double Edge(long bin) => Math.Pow(10, (double)bin / binsPerDecade);
        var (low, high) = (counts.Keys.Min(), counts.Keys.Max());
        var bins = new List<MonetaryBin>();
        for (var bin = low; bin <= high; bin++)
        {
            bins.Add(new MonetaryBin(Edge(bin), Edge(bin + 1), counts.GetValueOrDefault(bin)));
        }
        return new MonetaryDistribution(binsPerDecade, bins, nonPositive);
    }
}

/// <summary>Customers whose total revenue is at least <paramref name="Lower"/> and below <paramref name="Upper"/>.</summary>
/// <param name="Lower">Inclusive lower edge.</param>
/// <param name="Upper">Exclusive upper edge.</param>
/// <param name="Customers">Customers in the bin.</param>
public sealed record MonetaryBin(double Lower, double Upper, long Customers);
