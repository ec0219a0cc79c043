namespace ShopperSpectrum.Synthetic;

/// <summary>One generated line before formatting; a mutable struct reused for every line of the run.</summary>
internal struct OrderLine
{
    public long OrderNumber;
    public bool IsCancellation;
    public int Product;
    public int Quantity;
    public int PriceCents;
    public int CustomerId;
    public int Country;
    public int SecondOfDay;
    public int ReturnedQuantity;
    public int DiscountPercent;

    /// <summary>True when the line has no customer account (a dirty line in every layout).</summary>
    public readonly bool IsGuest => CustomerId == 0;
}
