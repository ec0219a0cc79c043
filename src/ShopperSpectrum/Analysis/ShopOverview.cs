namespace ShopperSpectrum.Analysis;

/// <summary>The shop at a glance, aggregated in DuckDB over the clean transactions: the figures an overview page and the report share.</summary>
/// <param name="Lines">Clean transaction lines.</param>
/// <param name="Orders">Distinct orders.</param>
/// <param name="Customers">Distinct customers.</param>
/// <param name="Products">Distinct products.</param>
/// <param name="Revenue">Net revenue of every clean line.</param>
/// <param name="FirstTimestamp">The first clean line's time.</param>
/// <param name="LastTimestamp">The last clean line's time.</param>
/// <param name="RevenueByMonth">Every calendar month from the first line's to the last line's, months without sales included.</param>
/// <param name="Countries">Lines, orders, customers and revenue per country, most lines first; empty when the source has no country column.</param>
/// <param name="TopProducts">The products with the most revenue, most first.</param>
/// <param name="Monetary">Revenue per customer as a histogram on a log scale.</param>
public sealed record ShopOverview(
    long Lines,
    long Orders,
    long Customers,
    long Products,
    double Revenue,
    DateTime FirstTimestamp,
    DateTime LastTimestamp,
    IReadOnlyList<MonthRevenue> RevenueByMonth,
    IReadOnlyList<CountryVolume> Countries,
    IReadOnlyList<ProductSales> TopProducts,
    MonetaryDistribution Monetary)
{
    /// <summary>Mean revenue per order.</summary>
    public double AverageOrderValue => Orders == 0 ? 0 : Revenue / Orders;
}

/// <summary>One calendar month's sales.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Revenue">Net revenue of the month's lines.</param>
/// <param name="Orders">Distinct orders in the month.</param>
/// <param name="Customers">Distinct customers who ordered in the month.</param>
public sealed record MonthRevenue(DateTime Month, double Revenue, long Orders, long Customers);

/// <summary>One country's share of the transactions.</summary>
/// <param name="Country">The country as the source writes it ("Unknown" for lines without one).</param>
/// <param name="Lines">Clean lines.</param>
/// <param name="Orders">Distinct orders.</param>
/// <param name="Customers">Distinct customers.</param>
/// <param name="Revenue">Net revenue.</param>
public sealed record CountryVolume(string Country, long Lines, long Orders, long Customers, double Revenue);

/// <summary>One product's sales.</summary>
/// <param name="ProductId">The product's code.</param>
/// <param name="Name">The name it was first sold under (its code when the source has no names).</param>
/// <param name="Units">Units sold.</param>
/// <param name="Revenue">Net revenue.</param>
/// <param name="Customers">Distinct buyers.</param>
public sealed record ProductSales(string ProductId, string Name, double Units, double Revenue, long Customers);
