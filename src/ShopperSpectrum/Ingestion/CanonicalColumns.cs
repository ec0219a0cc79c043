namespace ShopperSpectrum.Ingestion;

/// <summary>The columns every source is mapped onto (ARCHITECTURE.md, "The canonical transaction").</summary>
public static class CanonicalColumns
{
    /// <summary>The order or invoice the line belongs to.</summary>
    public const string OrderId = "order_id";
    /// <summary>The buying customer.</summary>
    public const string CustomerId = "customer_id";
    /// <summary>The product's code.</summary>
    public const string ProductId = "product_id";
    /// <summary>The product's readable name or description.</summary>
    public const string ProductName = "product_name";
    /// <summary>When the line was ordered.</summary>
    public const string Timestamp = "timestamp";
    /// <summary>Units bought.</summary>
    public const string Quantity = "quantity";
    /// <summary>Price of one unit.</summary>
    public const string UnitPrice = "unit_price";
    /// <summary>Revenue of the line after discounts and returns, where the source records it.</summary>
    public const string NetSales = "net_sales";
    /// <summary>Order status, where the source records it (a cancelled status is cleaned away).</summary>
    public const string Status = "status";

    /// <summary>Columns without which a file cannot be analysed.</summary>
    public static readonly IReadOnlyList<string> Required =
        [OrderId, CustomerId, ProductId, Timestamp, Quantity, UnitPrice];

    /// <summary>Text columns kept when the source has them; the recommenders use the product attributes.</summary>
    public static readonly IReadOnlyList<string> OptionalText =
        [ProductName, "country", "brand", "product_line", "product_class", "product_size", "product_type", Status];

    /// <summary>Every canonical column, required first.</summary>
    public static readonly IReadOnlyList<string> All = [.. Required, .. OptionalText, NetSales];
}
