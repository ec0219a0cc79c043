namespace ShopperSpectrum.Synthetic;

/// <summary>
/// The parameters of one customer type: its share of customers, its share of orders (before the one-time share is
/// carved out), the mean lines per order, how often a line re-buys a favourite, and how often quantities double.
/// </summary>
internal sealed record CustomerProfile(
    CustomerType Type,
    double CustomerShare,
    double OrderShare,
    double BasketMean,
    double RebuyProbability,
    double WholesaleProbability)
{
    public static readonly CustomerProfile[] All =
    [
        new(CustomerType.Champion, 0.04, 0.30, 22, 0.45, 0.35),
        new(CustomerType.Loyal, 0.14, 0.30, 16, 0.40, 0.15),
        new(CustomerType.Occasional, 0.30, 0.18, 10, 0.25, 0.05),
        new(CustomerType.OneTime, 0.32, 0.00, 7, 0.0, 0.02),
        new(CustomerType.Churned, 0.12, 0.12, 11, 0.30, 0.05),
        new(CustomerType.New, 0.08, 0.10, 12, 0.30, 0.05),
    ];

    /// <summary>The profile of orders placed without a customer account.</summary>
    public static CustomerProfile Guest => All[(int)CustomerType.Occasional];
}
