namespace ShopperSpectrum.Ingestion;

/// <summary>The layouts of the exports shops bring, recognised by their column names.</summary>
internal static class KnownLayouts
{
    private const string UciCancelled = "starts_with(order_id, 'C')";
    private const string StatusCancelled = "lower(status) IN ('cancelled', 'canceled', 'voided', 'refunded')";

    public static readonly IReadOnlyList<(SourceLayout Layout, string[] Signature)> All =
    [
        (new SourceLayout("UCI Online Retail", Columns(
            ("order_id", "InvoiceNo"), ("product_id", "StockCode"), ("product_name", "Description"),
            ("quantity", "Quantity"), ("timestamp", "InvoiceDate"), ("unit_price", "UnitPrice"),
            ("customer_id", "CustomerID"), ("country", "Country")), UciCancelled),
            ["InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"]),
        (new SourceLayout("UCI Online Retail II", Columns(
            ("order_id", "Invoice"), ("product_id", "StockCode"), ("product_name", "Description"),
            ("quantity", "Quantity"), ("timestamp", "InvoiceDate"), ("unit_price", "Price"),
            ("customer_id", "Customer ID"), ("country", "Country")), UciCancelled),
            ["Invoice", "StockCode", "Quantity", "InvoiceDate", "Price", "Customer ID"]),
        (new SourceLayout("KPMG Sprocket transactions", new Dictionary<string, string>
        {
            ["order_id"] = Q("transaction_id"), ["customer_id"] = Q("customer_id"), ["product_id"] = Q("product_id"),
            ["product_name"] = "concat_ws(' ', " + Q("brand") + ", " + Q("product_line") + ", " + Q("product_class") + ", " + Q("product_size") + ")",
            ["timestamp"] = Q("transaction_date"), ["quantity"] = "1", ["unit_price"] = Q("list_price"),
            ["status"] = Q("order_status"), ["brand"] = Q("brand"), ["product_line"] = Q("product_line"),
            ["product_class"] = Q("product_class"), ["product_size"] = Q("product_size"),
        }, StatusCancelled),
            ["transaction_id", "product_id", "customer_id", "transaction_date", "order_status", "list_price"]),
        (new SourceLayout("Shopify sales export", new Dictionary<string, string>
        {
            ["order_id"] = Q("order_id"), ["customer_id"] = Q("customer_id"),
            ["product_id"] = "coalesce(nullif(trim(" + Q("variant_sku") + "), ''), " + Q("variant_id") + ")",
            ["product_name"] = "concat_ws(' - ', " + Q("product_title") + ", nullif(trim(" + Q("variant_title") + "), ''))",
            ["timestamp"] = Q("day"), ["quantity"] = Q("net_quantity"),
            ["unit_price"] = "TRY_CAST(" + Q("gross_sales") + " AS DOUBLE) / nullif(TRY_CAST(" + Q("ordered_item_quantity") + " AS DOUBLE), 0)",
            ["net_sales"] = Q("net_sales"), ["product_type"] = Q("product_type"),
        }, null),
            ["product_title", "customer_id", "order_id", "day", "net_quantity", "gross_sales", "net_sales", "ordered_item_quantity"]),
    ];

    /// <summary>Other names under which a canonical column turns up in shop exports (compared case- and punctuation-blind).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Synonyms = new Dictionary<string, string[]>
    {
        ["order_id"] = ["order_id", "orderid", "invoiceno", "invoice", "invoice_id", "order", "order_number", "transaction_id"],
        ["customer_id"] = ["customer_id", "customerid", "customer", "client_id", "user_id", "member_id"],
        ["product_id"] = ["product_id", "productid", "stockcode", "stock_code", "sku", "item_id", "article"],
        ["product_name"] = ["product_name", "description", "product", "product_title", "item_name", "title"],
        ["timestamp"] = ["timestamp", "invoicedate", "order_date", "date", "transaction_date", "created_at", "datetime", "day"],
        ["quantity"] = ["quantity", "qty", "units", "net_quantity"],
        ["unit_price"] = ["unit_price", "unitprice", "price", "list_price", "item_price"],
        ["net_sales"] = ["net_sales", "netsales", "revenue", "line_total", "amount"],
        ["status"] = ["status", "order_status"],
        ["country"] = ["country", "country_code"],
        ["brand"] = ["brand", "vendor"],
        ["product_line"] = ["product_line", "productline", "collection"],
        ["product_class"] = ["product_class", "productclass"],
        ["product_size"] = ["product_size", "productsize", "size"],
        ["product_type"] = ["product_type", "producttype", "category"],
    };

    public static string Q(string column) => Sql.Identifier(column);

    private static Dictionary<string, string> Columns(params (string Canonical, string Source)[] pairs) =>
        pairs.ToDictionary(p => p.Canonical, p => Q(p.Source));
}
