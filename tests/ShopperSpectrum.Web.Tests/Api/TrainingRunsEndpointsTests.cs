using System.Net;
using System.Text;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class TrainingRunsEndpointsTests(TrainedHost host)
{
    [Fact]
    public async Task Get_FinishedRun_SucceededWithItsModelVersion()
    {
        var run = await host.Reader.GetOk<TrainingRun>($"/api/training-runs/{host.RetailRun.Id}");

        Assert.Equal((TrainingStatus.Succeeded, "done", 1.0, TrainedHost.RetailVersion), (run.Status, run.Stage, run.Progress, run.ModelVersion));
        Assert.Equal(host.Retail.Id, run.DatasetId);
        Assert.Equal(new TrainingSettings(30, 4, true, true), run.Settings);
        Assert.NotNull(run.FinishedUtc);
    }

    [Fact]
    public async Task List_HoldsTheDemoRunAndTheUploadRun()
    {
        var runs = await host.Reader.GetOk<List<TrainingRun>>("/api/training-runs");

        Assert.Contains(runs, r => r.Id == host.RetailRun.Id);
        Assert.Contains(runs, r => r.ModelVersion == TrainedHost.DemoVersion && r.Status == TrainingStatus.Succeeded);
    }

    [Fact]
    public async Task Start_WhileAnotherRuns_409ThenTheFirstFinishesWithoutServing()
    {
        var demo = (await host.Reader.GetOk<List<Dataset>>("/api/datasets")).First(d => d.FileName == "demo.csv");

        using var first = await host.Writer.StartTraining(new { datasetId = demo.Id, evaluate = false, activate = false });
        using var second = await host.Writer.StartTraining(new { datasetId = host.Retail.Id });
        var run = await first.ReadOk<TrainingRun>(HttpStatusCode.Accepted);

        Assert.Equal($"/api/training-runs/{run.Id}", first.Headers.Location?.ToString());
        await second.AssertProblem(HttpStatusCode.Conflict, run.Id, $"/api/training-runs/{run.Id}");
        var finished = await host.Reader.WaitForRun(run.Id);
        Assert.Equal(TrainingStatus.Succeeded, finished.Status);
        Assert.Equal(TrainedHost.RetailVersion, (await host.Reader.GetOk<ModelVersions>("/api/models")).Active);

        // The new version is stored but not serving, so it may be deleted.
        using var deleted = await host.Writer.DeleteAsync($"/api/models/{finished.ModelVersion}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain((await host.Reader.GetOk<ModelVersions>("/api/models")).Versions, v => v.Version == finished.ModelVersion);
    }

    [Fact]
    public async Task Start_DatasetTooSmallToSegment_RunFailsAndThePreviousModelKeepsServing()
    {
        var csv = "order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price\n"
            + "1,A,P1,Pen,2024-01-02 10:00,1,2.5\n2,B,P2,Ink,2024-01-03 10:00,2,4.0\n";
        using var upload = await host.Writer.Upload(Encoding.UTF8.GetBytes(csv), "two-customers.csv");
        var dataset = await upload.ReadOk<Dataset>(HttpStatusCode.Created);

        using var start = await host.Writer.StartTraining(new { datasetId = dataset.Id });
        var run = await host.Reader.WaitForRun((await start.ReadOk<TrainingRun>(HttpStatusCode.Accepted)).Id);

        Assert.Equal(TrainingStatus.Failed, run.Status);
        Assert.Contains("at least 3", run.Error);
        Assert.Null(run.ModelVersion);
        var health = await host.Reader.GetOk<HealthReport>("/health");
        Assert.Equal(TrainedHost.RetailVersion, health.ModelVersion);
        Assert.Equal([TrainedHost.DemoVersion, TrainedHost.RetailVersion], (await host.Reader.GetOk<ModelVersions>("/api/models")).Versions.Select(v => v.Version));
        using var deleted = await host.Writer.DeleteAsync($"/api/datasets/{dataset.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task Start_UnknownDataset_404()
    {
        using var response = await host.Writer.StartTraining(new { datasetId = "ds-0000000000" });

        await response.AssertProblem(HttpStatusCode.NotFound, "ds-0000000000");
    }

    [Theory]
    [InlineData("{}", "datasetId is missing")]
    [InlineData("{\"datasetId\": \"x\", \"holdoutDays\": 0}", "holdoutDays=0")]
    [InlineData("{\"datasetId\": \"x\", \"clusters\": 40}", "clusters=40")]
    [InlineData("{\"datasetId\": 5}", "")]
    public async Task Start_BadRequest_400(string body, string mention)
    {
        using var response = await host.Writer.PostAsync("/api/training-runs", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblem(HttpStatusCode.BadRequest, mention);
    }

    [Fact]
    public async Task Start_FormInsteadOfJson_415SayingToSendJson()
    {
        using var response = await host.Writer.PostAsync("/api/training-runs", new FormUrlEncodedContent([new("datasetId", host.Retail.Id)]));

        await response.AssertProblem(HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    [Fact]
    public async Task Get_UnknownRun_404()
    {
        using var response = await host.Reader.GetAsync("/api/training-runs/run-0000000000");

        await response.AssertProblem(HttpStatusCode.NotFound, "run-0000000000");
    }
}
