namespace ShopperSpectrum.Tests.Workspace;

public sealed class OverviewQueryTests : WorkspaceTest
{
    private const string Lines = """
        order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,country
        1,c1,p1,Mug,2024-01-03 10:00:00,2,5,France
        1,c1,p2,Plate,2024-01-03 10:00:00,1,7,France
        2,c2,p1,Mug (blue),2024-01-20 10:00:00,10,5,Spain
        3,c3,p3,Bowl,2024-03-02 10:00:00,1,4,France
        4,c1,p2,Plate,2024-03-15 10:00:00,100,7,France
        """;

    [Fact]
    public void Overview_HandMadeLines_TotalsMonthsCountriesAndProducts()
    {
        Workspace.Import(Temp.Write("lines.csv", Lines));

        var overview = Workspace.Overview(topProducts: 2);

        Assert.Equal((5L, 4L, 3L, 3L), (overview.Lines, overview.Orders, overview.Customers, overview.Products));
        Assert.Equal(10 + 7 + 50 + 4 + 700, overview.Revenue);
        Assert.Equal(771.0 / 4, overview.AverageOrderValue);
        Assert.Equal(new DateTime(2024, 1, 3, 10, 0, 0), overview.FirstTimestamp);
        // February had no sales and still has its month.
        Assert.Equal([new DateTime(2024, 1, 1), new DateTime(2024, 2, 1), new DateTime(2024, 3, 1)], overview.RevenueByMonth.Select(m => m.Month));
        Assert.Equal([67.0, 0, 704], overview.RevenueByMonth.Select(m => m.Revenue));
        Assert.Equal([2L, 0, 2], overview.RevenueByMonth.Select(m => m.Orders));
        Assert.Equal(["France", "Spain"], overview.Countries.Select(c => c.Country));
        Assert.Equal((4L, 3L, 2L, 721.0), (overview.Countries[0].Lines, overview.Countries[0].Orders, overview.Countries[0].Customers, overview.Countries[0].Revenue));
        Assert.Equal(["p2", "p1"], overview.TopProducts.Select(p => p.ProductId));
        Assert.Equal(("Plate", 101.0, 707.0, 1L), (overview.TopProducts[0].Name, overview.TopProducts[0].Units, overview.TopProducts[0].Revenue, overview.TopProducts[0].Customers));
        Assert.Equal("Mug", overview.TopProducts[1].Name);
    }

    [Fact]
    public void Overview_HandMadeLines_MonetaryHistogramOnALogScale()
    {
        Workspace.Import(Temp.Write("lines.csv", Lines));

        var monetary = Workspace.Overview().Monetary;

        // Customer totals: c1 717, c2 50, c3 4; four bins to a power of ten.
        Assert.Equal(4, monetary.BinsPerDecade);
        Assert.Equal(Math.Pow(10, 2.0 / 4), monetary.Bins[0].Lower, 1e-9);
        Assert.Equal(Math.Pow(10, 12.0 / 4), monetary.Bins[^1].Upper, 1e-9);
        Assert.Equal([1L, 0, 0, 0, 1, 0, 0, 0, 0, 1], monetary.Bins.Select(b => b.Customers));
        Assert.Equal(0, monetary.NonPositiveCustomers);
    }

    [Fact]
    public void Overview_NoCountryColumn_NoCountries()
    {
        Workspace.Import(Temp.Write("lines.csv", """
            order_id,customer_id,product_id,timestamp,quantity,unit_price
            1,c1,p1,2024-01-03 10:00:00,2,5
            """));

        var overview = Workspace.Overview();

        Assert.Empty(overview.Countries);
        Assert.Equal("p1", overview.TopProducts.Single().Name);
    }
}
