namespace ShopperSpectrum.Analysis;

/// <summary>Customers counted by their total revenue in bins of equal width on a log10 scale.</summary>
/// <param name="BinsPerDecade">How many bins each power of ten is split into.</param>
/// <param name="Bins">Every bin from the lowest to the highest non-empty one, empty bins between them included.</param>
/// <param name="NonPositiveCustomers">Customers whose returns or discounts bring their total to zero or below (not on a log scale).</param>
public sealed record MonetaryDistribution(int BinsPerDecade, IReadOnlyList<MonetaryBin> Bins, long NonPositiveCustomers);

/// <summary>Customers whose total revenue is at least <paramref name="Lower"/> and below <paramref name="Upper"/>.</summary>
/// <param name="Lower">Inclusive lower edge.</param>
/// <param name="Upper">Exclusive upper edge.</param>
/// <param name="Customers">Customers in the bin.</param>
public sealed record MonetaryBin(double Lower, double Upper, long Customers);
