using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests.Workspace;

/// <summary>End-to-end facts about the real UCI Online Retail file, checked against the seeds' pandas pipeline.</summary>
public sealed class OnlineRetailTests : IClassFixture<OnlineRetailTests.Imported>
{
    public sealed class Imported : IDisposable
    {
        public SpectrumWorkspace Workspace { get; } = SpectrumWorkspace.Open();
        public ImportResult Result { get; }
        public RfmTable Rfm { get; }

        public Imported()
        {
            Result = Workspace.Import(SharedData.OnlineRetail);
            Rfm = Workspace.ComputeRfm();
        }

        public void Dispose() => Workspace.Dispose();
    }

    private readonly Imported data;

    public OnlineRetailTests(Imported data) => this.data = data;

    [Fact]
    public void Import_OnlineRetail_DetectsLayoutAndIsoDates()
    {
        Assert.Equal("UCI Online Retail", data.Result.Layout);
        Assert.Equal("ISO 8601", data.Result.DateFormat);
    }

    [Fact]
    public void Import_OnlineRetail_CleaningMatchesPandas()
    {
        var report = data.Result.Cleaning;
        var removed = report.Steps.ToDictionary(s => s.Rule, s => s.RowsRemoved);
        Assert.Equal(541_909, report.RowsRead);
        Assert.Equal(392_692, report.RowsClean);
        Assert.Equal(135_080, removed[CleaningRules.MissingCustomer]);
        Assert.Equal(8_905, removed[CleaningRules.Cancelled]);
        Assert.Equal(0, removed[CleaningRules.NonPositiveQuantity]);
        Assert.Equal(40, removed[CleaningRules.NonPositivePrice]);
        Assert.Equal(5_192, removed[CleaningRules.DuplicateLine]);
    }

    [Fact]
    public void Import_OnlineRetail_CountsCustomersAndProducts()
    {
        Assert.Equal(4_338, data.Result.Customers);
        Assert.Equal(new DateTime(2011, 12, 9, 12, 50, 0), data.Result.LastTimestamp);
    }

    [Fact]
    public void ComputeRfm_OnlineRetail_IdsReadAsIntegersAndSnapshotIsLastDayPlusOne()
    {
        Assert.Equal(new DateTime(2011, 12, 10, 12, 50, 0), data.Rfm.AsOf);
        Assert.Equal(4_338, data.Rfm.Customers.Count);
        Assert.Equal("12346", data.Rfm.Customers[0].CustomerId);
    }

    [Fact]
    public void ComputeRfm_OnlineRetail_MatchesPandasForKnownCustomers()
    {
        // Values from the seeds' pandas computation (seed_peer.py rfm_table) on the same file.
        var byId = data.Rfm.Customers.ToDictionary(c => c.CustomerId);
        Assert.Equal(new CustomerRfm("12346", 326, 1, 77183.6), byId["12346"] with { Monetary = Math.Round(byId["12346"].Monetary, 6) });
        Assert.Equal(2, byId["12347"].Recency);
        Assert.Equal(7, byId["12347"].Frequency);
        Assert.Equal(4310.0, byId["12347"].Monetary, 6);
    }
}
