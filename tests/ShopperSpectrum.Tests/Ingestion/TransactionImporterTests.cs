using System.IO.Compression;
using System.Text;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests.Ingestion;

/// <summary>Small hand-made files in each format and layout shops bring, with answers computable by hand.</summary>
public sealed class TransactionImporterTests : WorkspaceTest
{
    private const string UciRows = """
        InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
        536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
        536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom
        536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom
        C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom
        536381,22139,"RETROSPOT TEA SET, CERAMIC",2,2010-12-02 10:00:00,4.95,,United Kingdom
        536382,22423,REGENCY CAKESTAND 3 TIER,1,2010-12-03 11:00:00,0,13047.0,France
        536383,22423,REGENCY CAKESTAND 3 TIER,2,2010-12-09 12:00:00,12.75,13047.0,France
        """;

    [Fact]
    public void Import_UciRows_AppliesEachRuleOnce()
    {
        var result = Workspace.Import(Temp.Write("uci.csv", UciRows));

        var removed = result.Cleaning.Steps.ToDictionary(s => s.Rule, s => s.RowsRemoved);
        Assert.Equal(7, result.Cleaning.RowsRead);
        Assert.Equal(3, result.Cleaning.RowsClean);
        Assert.Equal(1, removed[CleaningRules.MissingCustomer]);
        Assert.Equal(1, removed[CleaningRules.Cancelled]);
        Assert.Equal(1, removed[CleaningRules.NonPositivePrice]);
        Assert.Equal(1, removed[CleaningRules.DuplicateLine]);
        Assert.Equal(2, result.Customers);
    }

    [Fact]
    public void Import_LinesDifferingOnlyInAColumnNoCanonicalColumnReads_AreNotDuplicates()
    {
        // "note" maps to nothing, yet it makes the second line a different line; the third is a true copy of the second.
        var rows = """
            order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,note
            1,c1,p1,Mug,2024-01-02 10:00:00,1,5,gift
            1,c1,p1,Mug,2024-01-02 10:00:00,1,5,not a gift
            1,c1,p1,Mug,2024-01-02 10:00:00,1,5,not a gift
            2,c2,p2,Bowl,2024-01-05 11:00:00,2,3,
            """;

        var result = Workspace.Import(Temp.Write("notes.csv", rows));

        Assert.Equal((4L, 3L), (result.Cleaning.RowsRead, result.Cleaning.RowsClean));
        Assert.Equal(1, result.Cleaning.Steps.Single(s => s.Rule == CleaningRules.DuplicateLine).RowsRemoved);
        Assert.Equal((2L, 2L), (result.Customers, result.Products));
        Assert.Equal((new DateTime(2024, 1, 2, 10, 0, 0), new DateTime(2024, 1, 5, 11, 0, 0)), (result.FirstTimestamp, result.LastTimestamp));
    }

    [Fact]
    public void Import_LargeFileIntoAnInMemoryWorkspace_KeepsTheSameLinesInADatabaseFile()
    {
        var path = Temp.Write("uci.csv", UciRows);
        var inMemory = Workspace.Import(path);
        using var other = SpectrumWorkspace.Open();

        var onDisk = other.Import(path, new ImportOptions { OnDiskFromBytes = 0 });

        Assert.Equal(inMemory.Cleaning.Steps, onDisk.Cleaning.Steps);
        Assert.Equal((inMemory.Cleaning.RowsClean, inMemory.Customers, inMemory.Products), (onDisk.Cleaning.RowsClean, onDisk.Customers, onDisk.Products));
        Assert.Equal(Workspace.ComputeRfm().Customers, other.ComputeRfm().Customers);
        // A second import into the same workspace replaces the lines in the store it already has.
        Assert.Equal(3, other.Import(path, new ImportOptions { OnDiskFromBytes = 0 }).Cleaning.RowsClean);
    }

    [Fact]
    public void ComputeRfm_UciRows_HandComputedValues()
    {
        Workspace.Import(Temp.Write("uci.csv", UciRows));

        var rfm = Workspace.ComputeRfm();

        // Snapshot = 2010-12-09 12:00 + 1 day. 13047: one valid order on 12-09 (1 day before), 2 × 12.75.
        // 17850: one order on 12-01 08:26 (9 days 3 h 34 min before: 9 whole days), 6 × 2.55 + 6 × 3.39.
        Assert.Equal(new DateTime(2010, 12, 10, 12, 0, 0), rfm.AsOf);
        Assert.Collection(rfm.Customers,
            c => Assert.Equal(("13047", 1, 1, 25.5), (c.CustomerId, c.Recency, c.Frequency, c.Monetary)),
            c => Assert.Equal(("17850", 9, 1, 35.64), (c.CustomerId, c.Recency, c.Frequency, Math.Round(c.Monetary, 6))));
    }

    [Fact]
    public void ComputeRfm_AsOfBeforeLastLine_CountsOnlyEarlierLines()
    {
        Workspace.Import(Temp.Write("uci.csv", UciRows));

        var rfm = Workspace.ComputeRfm(new DateTime(2010, 12, 5));

        Assert.Equal(["17850"], rfm.Customers.Select(c => c.CustomerId));
        Assert.Equal(3, rfm.Customers[0].Recency);
    }

    [Fact]
    public void Import_Latin1SemicolonsUsDatesGzip_ReadsEverything()
    {
        var text = """
            InvoiceNo;StockCode;Description;Quantity;InvoiceDate;UnitPrice;CustomerID;Country
            536365;85123A;CAFÉ CRÈME HOLDER £;6;12/1/2010 8:26;2,55;17850.0;United Kingdom
            536366;71053;LANTERN;6;12/13/2010 14:05;3.39;17851.0;United Kingdom
            """.Replace("2,55", "2.55", StringComparison.Ordinal);
        var path = Temp.File("latin1.csv.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.Latin1.GetBytes(text));
        }

        var result = Workspace.Import(path);

        Assert.Equal("latin-1", result.Encoding);
        Assert.Equal("%m/%d/%Y %H:%M", result.DateFormat);
        Assert.Equal(new DateTime(2010, 12, 1, 8, 26, 0), result.FirstTimestamp);
        Assert.Equal(new DateTime(2010, 12, 13, 14, 5, 0), result.LastTimestamp);
        Assert.Equal(["17850", "17851"], Workspace.ComputeRfm().Customers.Select(c => c.CustomerId));
    }

    [Fact]
    public void Import_OnlineRetailIIHeadersWithDayFirstDates_DetectsBoth()
    {
        var path = Temp.Write("retail-ii.csv", """
            Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
            489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,01/12/2009 07:45,6.95,13085.0,United Kingdom
            489435,22350,CAT BOWL,12,25/12/2009 07:46,2.55,13085.0,United Kingdom
            """);

        var result = Workspace.Import(path);

        Assert.Equal("UCI Online Retail II", result.Layout);
        Assert.Equal("%d/%m/%Y %H:%M", result.DateFormat);
        Assert.Equal(new DateTime(2009, 12, 25, 7, 46, 0), result.LastTimestamp);
    }

    [Fact]
    public void Import_ShopifyExport_UsesNetSalesAndDropsFullReturns()
    {
        var path = Temp.Write("shopify.csv", """
            product_title,product_type,variant_title,variant_sku,variant_id,customer_id,order_id,day,net_quantity,gross_sales,discounts,returns,net_sales,taxes,total_sales,returned_item_quantity,ordered_item_quantity
            Linen Apron,Kitchen,Blue,APR-BLU,1001,501,9001,2024-03-01,2,40.00,-4.00,0.00,36.00,7.20,43.20,0,2
            Linen Apron,Kitchen,Red,APR-RED,1002,501,9002,2024-03-05,1,40.00,0.00,-20.00,20.00,4.00,24.00,1,2
            Tea Towel,Kitchen,,,1003,502,9003,2024-03-06,0,10.00,0.00,-10.00,0.00,0.00,0.00,1,1
            Tea Towel,Kitchen,,,1003,503,9004,2024-03-07,3,30.00,0.00,0.00,30.00,6.00,36.00,0,3
            """);

        var result = Workspace.Import(path);
        var rfm = Workspace.ComputeRfm().Customers.ToDictionary(c => c.CustomerId);

        Assert.Equal("Shopify sales export", result.Layout);
        Assert.Equal(1, result.Cleaning.Steps.Single(s => s.Rule == CleaningRules.NonPositiveQuantity).RowsRemoved);
        Assert.Equal(56.0, rfm["501"].Monetary, 6);
        Assert.Equal(2, rfm["501"].Frequency);
        Assert.Equal(30.0, rfm["503"].Monetary, 6);
        Assert.False(rfm.ContainsKey("502"));
    }

    [Fact]
    public void Import_Parquet_ReadsTypedColumns()
    {
        var csv = Temp.Write("canonical.csv", """
            order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,brand
            A-1,c1,p1,Road bike,2024-05-01 10:00:00,1,900,Trek
            A-2,c2,p2,Helmet,2024-05-02 11:00:00,2,45.5,Giro
            """);
        var parquet = Temp.File("canonical.parquet");
        using (var other = SpectrumWorkspace.Open())
        {
            other.Import(csv);
        }
        using (var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * REPLACE (CAST(\"timestamp\" AS TIMESTAMP) AS \"timestamp\", CAST(quantity AS INTEGER) AS quantity, CAST(unit_price AS DOUBLE) AS unit_price) FROM read_csv('{csv}')) TO '{parquet}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        var result = Workspace.Import(parquet);

        Assert.Equal(SourceFormat.Parquet, result.Format);
        Assert.Equal("native", result.DateFormat);
        Assert.Equal(2, result.Cleaning.RowsClean);
        Assert.Equal(91.0, Workspace.ComputeRfm().Customers.Single(c => c.CustomerId == "c2").Monetary, 6);
    }

    [Fact]
    public void Import_UnusualHeadersWithMap_MapsEachColumn()
    {
        var path = Temp.Write("german.csv", """
            Beleg,Kunde,Artikel,Menge,Datum,Preis
            1,k1,a1,2,2024-01-02,5.5
            2,k1,a2,1,2024-01-09,3
            """);
        var map = new Dictionary<string, string>
        {
            ["order_id"] = "Beleg", ["customer_id"] = "Kunde", ["product_id"] = "Artikel",
            ["quantity"] = "Menge", ["timestamp"] = "Datum", ["unit_price"] = "Preis",
        };

        var result = Workspace.Import(path, new ImportOptions { ColumnMap = map });

        Assert.Equal("mapped with --map", result.Layout);
        var customer = Assert.Single(Workspace.ComputeRfm().Customers);
        Assert.Equal(("k1", 2, 14.0), (customer.CustomerId, customer.Frequency, customer.Monetary));
    }

    [Fact]
    public void Import_GivenDateFormat_OverridesDetection()
    {
        var path = Temp.Write("dots.csv", """
            order_id,customer_id,product_id,timestamp,quantity,unit_price
            1,c1,p1,03.04.2024,1,10
            """);

        var result = Workspace.Import(path, new ImportOptions { DateFormat = "%m.%d.%Y" });

        Assert.Equal(new DateTime(2024, 3, 4), result.FirstTimestamp);
    }

    [Fact]
    public void Import_SecondFile_ReplacesTheFirst()
    {
        Workspace.Import(Temp.Write("uci.csv", UciRows));
        var result = Workspace.Import(Temp.Write("one.csv", "order_id,customer_id,product_id,timestamp,quantity,unit_price\n1,c9,p1,2024-01-01,1,10\n"));

        Assert.Equal(1, result.Cleaning.RowsClean);
        Assert.Equal(["c9"], Workspace.ComputeRfm().Customers.Select(c => c.CustomerId));
    }
}
