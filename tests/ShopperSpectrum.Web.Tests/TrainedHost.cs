using System.Net;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Tests;

/// <summary>
/// One host the API tests share: it seeds the generated demo shop at start (model version 1), then online_retail.csv is uploaded
/// and trained through the API (version 2, serving). Tests that change what serves put it back before they end.
/// </summary>
public sealed class TrainedHost : IAsyncLifetime
{
    public const int DemoVersion = 1;
    public const int RetailVersion = 2;

    private readonly TempDirectory workspace = new();

    public SpectrumFactory Factory { get; private set; } = null!;

    /// <summary>A client without the API key.</summary>
    public HttpClient Reader { get; private set; } = null!;

    /// <summary>A client with the API key.</summary>
    public HttpClient Writer { get; private set; } = null!;

    public Dataset Retail { get; private set; } = null!;

    public TrainingRun RetailRun { get; private set; } = null!;

    public string WorkspacePath => workspace.Path;

    public async Task InitializeAsync()
    {
        Factory = new SpectrumFactory(workspace.Path, new Dictionary<string, string>
        {
            ["Spectrum:SeedDemo"] = "true",
            ["Spectrum:DemoLines"] = "20000",
            ["Spectrum:WritesPerMinute"] = "10000",
        });
        Reader = Factory.CreateClient();
        Writer = Factory.CreateWriter();
        await Reader.WaitUntilReady();
        using var upload = await Writer.Upload(SharedData.OnlineRetail);
        Retail = await upload.ReadOk<Dataset>(HttpStatusCode.Created);
        using var start = await Writer.StartTraining(new { datasetId = Retail.Id });
        var queued = await start.ReadOk<TrainingRun>(HttpStatusCode.Accepted);
        RetailRun = await Writer.WaitForRun(queued.Id);
        if (RetailRun.ModelVersion != RetailVersion)
        {
            throw new InvalidOperationException($"training online_retail.csv gave {RetailRun.Status} {RetailRun.Error} version {RetailRun.ModelVersion}");
        }
    }

    /// <summary>Serves <paramref name="version"/>, as POST /api/models/{version}/activate does.</summary>
    public async Task Activate(int version)
    {
        using var response = await Writer.PostAsync($"/api/models/{version}/activate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        Reader.Dispose();
        Writer.Dispose();
        await Factory.DisposeAsync();
        workspace.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class TrainedHostCollection : ICollectionFixture<TrainedHost>, ICollectionFixture<OnlineRetailReference>
{
    public const string Name = "trained host";
}
