namespace ShopperSpectrum.Recommendation;

/// <summary>What recommenders learn from: customers, products, and who bought what, how often and how recently.</summary>
/// <param name="CustomerIds">Row index → customer id, ordered by id (ordinal).</param>
/// <param name="Products">Column index → product, ordered by product id (ordinal).</param>
/// <param name="Orders">Customers × products: in how many distinct orders the customer bought the product (at least 1).</param>
/// <param name="Quantities">Same pattern as <paramref name="Orders"/>: total units bought.</param>
/// <param name="DaysSinceLast">Same pattern as <paramref name="Orders"/>: whole days from the customer's last purchase of the product to <paramref name="AsOf"/>.</param>
/// <param name="AsOf">The moment the data ends (exclusive): training data stops here.</param>
public sealed record InteractionData(
    IReadOnlyList<string> CustomerIds,
    IReadOnlyList<Product> Products,
    InteractionMatrix Orders,
    InteractionMatrix Quantities,
    InteractionMatrix DaysSinceLast,
    DateTime AsOf)
{
    /// <summary>Customers × products, 1 where the customer bought the product.</summary>
    public InteractionMatrix Bought { get; } = Orders.Map(_ => 1f);

    /// <summary>Number of customers (rows).</summary>
    public int CustomerCount => CustomerIds.Count;

    /// <summary>Number of products (columns).</summary>
    public int ProductCount => Products.Count;
}
