using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Tests.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests.Evaluation;

public sealed class TemporalSplitTests
{
    [Fact]
    public void Create_TestPairs_KeepsOnlyNewProductsOfKnownCustomersFromTheCatalogue()
    {
        (string, string)[] test =
        [
            ("c1", "p1"), ("c1", "p0"), ("c1", "p9"), // p0 bought before, p9 not in the catalogue
            ("c2", "p3"),                             // nothing new
            ("c4", "p0"), ("c4", "p2"),
            ("new", "p1"),                            // no training history
        ];

        var split = TemporalSplit.Create(TinyShop.Data(), test, holdoutDays: 30);

        Assert.Equal([1, 4], split.Customers.Select(c => c.Customer));
        Assert.Equal([1], split.Customers[0].Relevant.ToArray());
        Assert.Equal([0, 2], split.Customers[1].Relevant.ToArray());
    }

    [Fact]
    public void Create_HandMadeLines_CutsAtLastTimestampMinusHoldout()
    {
        using var temp = new TempDirectory();
        using var workspace = SpectrumWorkspace.Open();
        workspace.Import(temp.Write("lines.csv", """
            order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price
            1,c1,p1,Mug,2024-01-01 10:00:00,1,5
            6,c2,p1,Mug,2024-01-02 10:00:00,1,5
            2,c1,p2,Plate,2024-01-20 09:59:00,1,7
            3,c1,p3,Bowl,2024-01-20 10:00:00,1,4
            4,c1,p1,Mug,2024-01-25 10:00:00,1,5
            5,c2,p2,Plate,2024-01-30 10:00:00,1,7
            """));

        var split = TemporalSplit.Create(workspace, holdoutDays: 10);

        Assert.Equal(new DateTime(2024, 1, 20, 10, 0, 0), split.Cutoff);
        Assert.Equal(["c1", "c2"], split.Train.CustomerIds);
        Assert.Equal(["p1", "p2"], split.Train.Products.Select(p => p.Id));
        // c1's p3 (10:00, at the cutoff) is not in the training catalogue and p1 is not new; c2's plate is.
        var customer = Assert.Single(split.Customers);
        Assert.Equal(1, customer.Customer);
        Assert.Equal([1], customer.Relevant.ToArray());
    }
}
