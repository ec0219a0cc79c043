namespace ShopperSpectrum.Ingestion;

/// <summary>The named cleaning rules, in the order they apply: a line is counted against the first rule it breaks.</summary>
public static class CleaningRules
{
    /// <summary>The line has no customer id.</summary>
    public const string MissingCustomer = "missing customer";
    /// <summary>The invoice or order was cancelled.</summary>
    public const string Cancelled = "cancelled";
    /// <summary>The line has no product id.</summary>
    public const string MissingProduct = "missing product";
    /// <summary>The line's date is empty or cannot be read.</summary>
    public const string UnreadableDate = "unreadable date";
    /// <summary>Zero, negative, empty or unreadable quantity (a full return nets to zero).</summary>
    public const string NonPositiveQuantity = "non-positive quantity";
    /// <summary>Zero, negative, empty or unreadable unit price.</summary>
    public const string NonPositivePrice = "non-positive price";
    /// <summary>An exact copy of an earlier line.</summary>
    public const string DuplicateLine = "duplicate line";

    /// <summary>Every rule in the order of application.</summary>
    public static readonly IReadOnlyList<string> All =
        [MissingCustomer, Cancelled, MissingProduct, UnreadableDate, NonPositiveQuantity, NonPositivePrice, DuplicateLine];
}
