
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
    public void LoadInteractions_OnlineRetail_HasEveryCustomerAndProduct()
    {
        Workspace.Import(SharedData.OnlineRetail);

        var data = Workspace.LoadInteractions();

        Assert.Equal(4_338, data.CustomerCount);
        Assert.Equal(3_665, data.ProductCount);
        Assert.Equal("WHITE HANGING HEART T-LIGHT HOLDER", data.Products.Single(p => p.Id == "85123A").Name);
    }
}
