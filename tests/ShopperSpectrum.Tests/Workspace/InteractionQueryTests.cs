
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
