using ShopperSpectrum.Ingestion;

namespace ShopperSpectrum.Tests.Ingestion;

public sealed class LayoutDetectorTests
{
    private static readonly Dictionary<string, string> NoMap = [];

    [Fact]
    public void Detect_KpmgTransactionsHeader_IsKpmgWithConstantQuantity()
    {
        string[] columns = ["transaction_id", "product_id", "customer_id", "transaction_date", "online_order", "order_status",
            "brand", "product_line", "product_class", "product_size", "list_price", "standard_cost", "product_first_sold_date"];

        var layout = LayoutDetector.Detect(columns, NoMap, "kpmg.xlsx");

        Assert.Equal("KPMG Sprocket transactions", layout.Name);
        Assert.Equal("1", layout.Expressions["quantity"]);
        Assert.Equal("\"list_price\"", layout.Expressions["unit_price"]);
    }

    [Fact]
    public void Detect_HeaderInOtherCase_KeepsTheFilesSpelling()
    {
        string[] columns = ["invoiceno", "stockcode", "description", "quantity", "invoicedate", "unitprice", "customerid", "country"];

        var layout = LayoutDetector.Detect(columns, NoMap, "lower.csv");

        Assert.Equal("UCI Online Retail", layout.Name);
        Assert.Equal("\"customerid\"", layout.Expressions["customer_id"]);
    }

    [Fact]
    public void Detect_SynonymColumns_MapsByName()
    {
        string[] columns = ["Order Number", "Client ID", "SKU", "Order Date", "Qty", "Item Price", "Category"];

        var layout = LayoutDetector.Detect(columns, NoMap, "shop.csv");

        Assert.Equal("\"Order Number\"", layout.Expressions["order_id"]);
        Assert.Equal("\"Client ID\"", layout.Expressions["customer_id"]);
        Assert.Equal("\"Qty\"", layout.Expressions["quantity"]);
        Assert.Equal("\"Category\"", layout.Expressions["product_type"]);
    }

    [Fact]
    public void Detect_UnknownCanonicalInMap_ListsTheCanonicalColumns()
    {
        var error = Assert.Throws<IngestionException>(() =>
            LayoutDetector.Detect(["a", "b"], new Dictionary<string, string> { ["client"] = "a" }, "x.csv"));

        Assert.Contains("'client' is not a transaction column", error.Message);
        Assert.Contains("customer_id", error.Message);
    }
}
