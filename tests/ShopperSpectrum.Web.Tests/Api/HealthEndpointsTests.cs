using ShopperSpectrum.Web.Api.Contracts;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class HealthEndpointsTests(TrainedHost host)
{
    [Fact]
    public async Task Health_ModelServing_ReadyWithItsVersion()
    {
        var health = await host.Reader.GetOk<HealthReport>("/health");

        Assert.Equal(("ready", TrainedHost.RetailVersion, host.Retail.Id), (health.Status, health.ModelVersion, health.DatasetId));
    }
}
