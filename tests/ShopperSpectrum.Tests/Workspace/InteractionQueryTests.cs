
namespace ShopperSpectrum.Tests.Workspace;

public sealed class InteractionQueryTests : WorkspaceTest
{
    [Fact]
    public void LoadInteractions_HandMadeLines_CountsOrdersUnitsAndDays()
    {
        Workspace.Import(Temp.Write("lines.csv", """
            order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,brand
            1,c2,p1,Mug,2024-01-01 10:00:00,2,5,Acme
            1,c2,p2,Plate,2024-01-01 10:00:00,1,7,Acme
            2,c2,p1,Mug (blue),2024-01-05 10:00:00,3,5,Acme
            3,c1,p2,Plate,2024-01-08 10:00:00,1,7,Acme
            4,c1,p3,Bowl,2024-02-01 10:00:00,1,4,Other
            """));

        var data = Workspace.LoadInteractions(new DateTime(2024, 1, 10));

        Assert.Equal(["c1", "c2"], data.CustomerIds);
        Assert.Equal(["p1", "p2"], data.Products.Select(p => p.Id));
        Assert.Equal("Mug", data.Products[0].Name);
        Assert.Equal("Acme", data.Products[0].Brand);
        Assert.Equal([1], data.Orders.RowIndices(0).ToArray());
        Assert.Equal([2f, 1f], data.Orders.RowValues(1).ToArray());
        Assert.Equal([5f, 1f], data.Quantities.RowValues(1).ToArray());
        Assert.Equal([4f, 8f], data.DaysSinceLast.RowValues(1).ToArray());
        Assert.Equal([1f, 1f], data.Bought.RowValues(1).ToArray());
    }

    [Fact]
    public void LoadInteractions_TwoFirstLinesAtOneMoment_TheSameProductAttributesEveryTime()
    {
        // p1's first day holds two lines that disagree (a day-only export): the one first by its attributes names it, whole.
        var lines = Temp.Write("ties.csv", """
            order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,brand
            1,c1,p1,Mug B,2024-01-01,1,5,Zeta
            2,c2,p1,Mug A,2024-01-01,1,5,Acme
            3,c3,p1,Cup,2024-01-02,1,5,Acme
            4,c1,p2,Plate,2024-01-03,1,7,Other
            """);

        for (var run = 0; run < 5; run++)
        {
            Workspace.Import(lines);
            var product = Workspace.LoadInteractions().Products[0];
            Assert.Equal(("Mug A", "Acme"), (product.Name, product.Brand));
        }
    }

    [Fact]
    public void LoadInteractions_ShareOfCustomers_KeepsAboutThatShareWithTheirWholeHistory()
    {
        Workspace.Import(SharedData.OnlineRetail);

        var all = Workspace.LoadInteractions();
        var part = Workspace.LoadInteractions(null, customerShare: 0.25);
        var again = Workspace.LoadInteractions(null, customerShare: 0.25);

        // 4,338 customers: a quarter chosen by hash is about 1,085; the same ones every time, each with every product they bought.
        Assert.InRange(part.CustomerCount, 950, 1_220);
        Assert.Equal(part.CustomerIds, again.CustomerIds);
        var row = all.CustomerIds.Select((id, r) => (id, r)).ToDictionary(c => c.id, c => c.r);
        for (var r = 0; r < part.CustomerCount; r++)
        {
            Assert.Equal(Bought(all, row[part.CustomerIds[r]]), Bought(part, r));
        }
    }

    [Fact]
    public void LoadInteractions_TwoWindowsHandMade_TheEarlierAsLoadedOnItsOwn()
    {
        // Order 2 straddles the earlier moment; c3 and p4 only buy after it; order 6 has no id, so it counts no order.
        var lines = Temp.Write("windows.csv", """
            order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price
            1,c2,p1,Mug,2024-01-01 10:00:00,2,5
            2,c2,p1,Mug,2024-01-04 10:00:00,3,5
            2,c2,p2,Plate,2024-01-06 10:00:00,1,7
            3,c1,p2,Plate,2024-01-03 10:00:00,1,7
            4,c3,p4,Cup,2024-01-07 10:00:00,4,2
            5,c1,p1,Mug,2024-01-08 10:00:00,1,5
            ,c1,p3,Bowl,2024-01-02 10:00:00,1,4
            7,c1,p3,Bowl,2024-02-01 10:00:00,1,4
            """);

        AssertWindowsAsLoadedAlone(lines, before: new DateTime(2024, 1, 10), earlier: new DateTime(2024, 1, 5));
    }

    [Fact]
    public void LoadInteractions_TwoWindowsOnlineRetail_TheEarlierAsLoadedOnItsOwn()
    {
        AssertWindowsAsLoadedAlone(SharedData.OnlineRetail, before: new DateTime(2011, 11, 9, 12, 50, 0), earlier: new DateTime(2011, 10, 10, 12, 50, 0));
    }

    /// <summary>Both windows and the pairs bought between equal what the single-window loads return on a fresh import.</summary>
    private void AssertWindowsAsLoadedAlone(string file, DateTime before, DateTime earlier)
    {
        Workspace.Import(file);
        var later = Workspace.LoadInteractions(before, alsoBefore: earlier);
        var early = Workspace.LoadInteractions(earlier, customerShare: 1);
        var between = Workspace.LoadPurchasedPairs(earlier, before);

        // An import forgets the window loaded alongside: these are queried afresh.
        Workspace.Import(file);
        AssertSame(Workspace.LoadInteractions(before), later);
        AssertSame(Workspace.LoadInteractions(earlier), early);
        Assert.Equal(Workspace.LoadPurchasedPairs(earlier, before), between);
        Assert.NotEmpty(between);
        Assert.True(early.CustomerCount < later.CustomerCount && early.ProductCount < later.ProductCount);
    }

    private static void AssertSame(ShopperSpectrum.Recommendation.InteractionData expected, ShopperSpectrum.Recommendation.InteractionData actual)
    {
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.CustomerIds, actual.CustomerIds);
        Assert.Equal(expected.Products, actual.Products);
        for (var row = 0; row < expected.CustomerCount; row++)
        {
            Assert.Equal(expected.Orders.RowIndices(row).ToArray(), actual.Orders.RowIndices(row).ToArray());
            Assert.Equal(expected.Orders.RowValues(row).ToArray(), actual.Orders.RowValues(row).ToArray());
            Assert.Equal(expected.Quantities.RowValues(row).ToArray(), actual.Quantities.RowValues(row).ToArray());
            Assert.Equal(expected.DaysSinceLast.RowValues(row).ToArray(), actual.DaysSinceLast.RowValues(row).ToArray());
        }
    }

    /// <summary>A customer's (product id, orders) pairs.</summary>
    private static (string, float)[] Bought(ShopperSpectrum.Recommendation.InteractionData data, int row) =>
        [.. data.Orders.RowIndices(row).ToArray().Zip(data.Orders.RowValues(row).ToArray(), (column, orders) => (data.Products[column].Id, orders))];

    [Fact]
    public void LoadInteractions_OnlineRetail_HasEveryCustomerAndProduct()
    {
        Workspace.Import(SharedData.OnlineRetail);

        var data = Workspace.LoadInteractions();

        Assert.Equal(4_338, data.CustomerCount);
        Assert.Equal(3_665, data.ProductCount);
        Assert.Equal("WHITE HANGING HEART T-LIGHT HOLDER", data.Products.Single(p => p.Id == "85123A").Name);
    }
}
