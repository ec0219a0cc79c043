using System.Net;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class ModelsEndpointsTests(TrainedHost host)
{
    [Fact]
    public async Task List_DemoAndUploadVersions_UploadServing()
    {
        var models = await host.Reader.GetOk<ModelVersions>("/api/models");

        Assert.Equal(TrainedHost.RetailVersion, models.Active);
        var retail = Assert.Single(models.Versions, v => v.Version == TrainedHost.RetailVersion);
        Assert.Equal((host.Retail.Id, "online_retail.csv", host.RetailRun.Id), (retail.DatasetId, retail.DatasetFile, retail.RunId));
        Assert.Equal((4338, 4, 30), (retail.Customers, retail.Clusters, retail.HoldoutDays));
        Assert.NotNull(retail.NdcgAt10);
        Assert.NotEmpty(retail.Blend);
        Assert.Contains(models.Versions, v => v.Version == TrainedHost.DemoVersion && v.DatasetFile == "demo.csv");
    }

    [Fact]
    public async Task GetActive_TheServingVersion()
    {
        var active = await host.Reader.GetOk<ModelInfo>("/api/models/active");

        Assert.Equal(TrainedHost.RetailVersion, active.Version);
    }

    [Fact]
    public async Task Activate_AnotherVersion_ReadsAnswerFromIt()
    {
        const string retailCustomer = "18287";
        try
        {
            using var response = await host.Writer.PostAsync($"/api/models/{TrainedHost.DemoVersion}/activate", null);
            var info = await response.ReadOk<ModelInfo>();

            Assert.Equal(TrainedHost.DemoVersion, info.Version);
            Assert.Equal(TrainedHost.DemoVersion, (await host.Reader.GetOk<ModelInfo>("/api/models/active")).Version);
            using var unknown = await host.Reader.GetAsync($"/api/customers/{retailCustomer}");
            await unknown.AssertProblem(HttpStatusCode.NotFound, "model version 1");
            var segments = await host.Reader.GetOk<SegmentsOverview>("/api/segments");
            Assert.Equal(TrainedHost.DemoVersion, segments.ModelVersion);
            var demo = (await host.Reader.GetOk<List<Dataset>>("/api/datasets")).Single(d => d.FileName == "demo.csv");
            Assert.Equal(demo.Import.Customers, segments.Customers);
        }
        finally
        {
            await host.Activate(TrainedHost.RetailVersion);
        }
        Assert.Equal(TrainedHost.RetailVersion, (await host.Reader.GetOk<RecommendationList>($"/api/customers/{retailCustomer}/recommendations")).ModelVersion);
    }

    [Fact]
    public async Task Activate_UnknownVersion_404()
    {
        using var response = await host.Writer.PostAsync("/api/models/99/activate", null);

        await response.AssertProblem(HttpStatusCode.NotFound, "model version 99", "GET /api/models");
    }

    [Fact]
    public async Task Delete_ServingVersion_409AndKept()
    {
        using var response = await host.Writer.DeleteAsync($"/api/models/{TrainedHost.RetailVersion}");

        await response.AssertProblem(HttpStatusCode.Conflict, "serving", "activate");
        Assert.True(File.Exists(Path.Combine(host.WorkspacePath, "models", "2", "recommender.bin")));
    }

    [Fact]
    public async Task Activate_DamagedVersion_500SayingSoAndThePreviousKeepsServing()
    {
        var folder = Path.Combine(host.WorkspacePath, "models", "7");
        Directory.CreateDirectory(folder);
        try
        {
            var info = await host.Reader.GetOk<ModelInfo>("/api/models/active");
            await File.WriteAllTextAsync(Path.Combine(folder, "model.json"), System.Text.Json.JsonSerializer.Serialize(info with { Version = 7 }, HttpCalls.Json));
            await File.WriteAllTextAsync(Path.Combine(folder, "analysis.json"), "{\"summary\": ");

            using var response = await host.Writer.PostAsync("/api/models/7/activate", null);

            await response.AssertProblem(HttpStatusCode.InternalServerError, "Model version 7", "damaged", "train");
            Assert.Equal(TrainedHost.RetailVersion, (await host.Reader.GetOk<ModelInfo>("/api/models/active")).Version);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Delete_UnknownVersion_404()
    {
        using var response = await host.Writer.DeleteAsync("/api/models/99");

        await response.AssertProblem(HttpStatusCode.NotFound, "model version 99");
    }
}
