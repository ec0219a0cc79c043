using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Web.Api.Contracts;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class EvaluationEndpointsTests(TrainedHost host, OnlineRetailReference reference)
{
    [Fact]
    public async Task GetEvaluation_ServingModel_EveryStrategyOnTheHoldout()
    {
        var table = await host.Reader.GetOk<EvaluationTable>("/api/evaluation");
        var models = await host.Reader.GetOk<ModelVersions>("/api/models");

        var report = table.Report;
        Assert.Equal(TrainedHost.RetailVersion, table.ModelVersion);
        Assert.Equal((30, 10, StrategyCatalog.DefaultStrategy), (report.HoldoutDays, report.K, report.DefaultStrategy));
        Assert.Equal(reference.Analysis.Import.LastTimestamp.AddDays(-30), report.Cutoff);
        Assert.Contains(report.Strategies, s => s.Name == "popularity");
        var hybrid = Assert.Single(report.Strategies, s => s.Name == "hybrid");
        Assert.True(hybrid.NdcgAtK > report.Strategies.Single(s => s.Name == "popularity").NdcgAtK);
        Assert.Equal(hybrid.NdcgAtK, models.Versions.Single(v => v.Version == TrainedHost.RetailVersion).NdcgAt10);
        Assert.Equal(4, report.DefaultBySegment.Count);
    }
}
