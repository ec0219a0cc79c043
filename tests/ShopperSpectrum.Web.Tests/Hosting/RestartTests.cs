using System.Net;
using ShopperSpectrum.Models;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Web.Tests.Hosting;

/// <summary>The workspace survives a host killed in the middle of a training: the previous model serves again and stored data is intact.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task KilledDuringTraining_RestartServesThePreviousModelWithDatasetsIntact()
    {
        using var workspace = new TempDirectory();
        string recommendationsBefore;
        Dataset retail;
        TrainingRun running;
        using (var first = HostProcess.Start(workspace.Path))
        {
            await first.Client.WaitUntilReady();
            var customer = (await first.Client.GetStringAsync("/api/segments/Champions/customers.csv")).Split('\n')[1].Split(',')[0];
            recommendationsBefore = await first.Client.GetStringAsync($"/api/customers/{customer}/recommendations");
            using var upload = await first.Client.Upload(SharedData.OnlineRetail);
            retail = await upload.ReadOk<Dataset>(HttpStatusCode.Created);
            using var start = await first.Client.StartTraining(new { datasetId = retail.Id });
            running = await start.ReadOk<TrainingRun>(HttpStatusCode.Accepted);
            while (running.Stage != "training the recommender")
            {
                Assert.True(running.Status is TrainingStatus.Queued or TrainingStatus.Running, $"{running.Status} {running.Error}\n{first.Log}");
                await Task.Delay(50);
                running = await first.Client.GetOk<TrainingRun>($"/api/training-runs/{running.Id}");
            }
            await Task.Delay(500);

            first.Kill();
        }

        using var second = HostProcess.Start(workspace.Path);
        await second.Client.WaitUntilReady(60);

        var health = await second.Client.GetOk<HealthReport>("/health");
        Assert.True(health.ModelVersion == TrainedHost.DemoVersion, second.Log);
        Assert.Equal([TrainedHost.DemoVersion], (await second.Client.GetOk<ModelVersions>("/api/models")).Versions.Select(v => v.Version));
        var run = await second.Client.GetOk<TrainingRun>($"/api/training-runs/{running.Id}");
        Assert.Equal(TrainingStatus.Failed, run.Status);
        Assert.Contains("interrupted while training the recommender", run.Error);
        var customerAfter = await second.Client.GetStringAsync("/api/segments/Champions/customers.csv");
        Assert.Equal(recommendationsBefore, await second.Client.GetStringAsync($"/api/customers/{customerAfter.Split('\n')[1].Split(',')[0]}/recommendations"));

        var stored = await second.Client.GetOk<Dataset>($"/api/datasets/{retail.Id}");
        Assert.Equal(retail.Import.Cleaning.Steps, stored.Import.Cleaning.Steps);
        Assert.Equal((retail.Import.Customers, retail.Import.Products, retail.Bytes), (stored.Import.Customers, stored.Import.Products, stored.Bytes));
        Assert.Equal(2, (await second.Client.GetOk<List<Dataset>>("/api/datasets")).Count);
        Assert.Empty(Directory.GetDirectories(Path.Combine(workspace.Path, "models"), ".partial-*"));
        second.Kill();
        using var database = SpectrumWorkspace.Open(Path.Combine(workspace.Path, "datasets", retail.Id, DatasetStore.DatabaseFile));
        Assert.Equal(retail.Import.Customers, database.LoadInteractions().CustomerCount);
    }

    [Fact]
    public async Task DemoModelFromAnotherVersion_RestartTrainsTheDemoAgainAndServesIt()
    {
        // A workspace that only ever held the demo, its model saved by an earlier spectrum (another schema version).
        using var workspace = new TempDirectory();
        using (var first = HostProcess.Start(workspace.Path))
        {
            await first.Client.WaitUntilReady();
            first.Kill();
        }
        var saved = Directory.GetFiles(Path.Combine(workspace.Path, "models"), RecommenderStore.FileName, SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(saved);
        BitConverter.GetBytes(RecommenderStore.CurrentSchemaVersion - 1).CopyTo(bytes, 8);
        File.WriteAllBytes(saved, bytes);

        using var second = HostProcess.Start(workspace.Path);
        await second.Client.WaitUntilReady();

        var health = await second.Client.GetOk<HealthReport>("/health");
        Assert.True(health.ModelVersion == TrainedHost.DemoVersion + 1, second.Log);
        Assert.Contains("The workspace holds only the demo data set: training it again.", second.Log, StringComparison.Ordinal);
        Assert.Single(await second.Client.GetOk<List<Dataset>>("/api/datasets"));
    }
}
