using Microsoft.Extensions.Options;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Models;
using ShopperSpectrum.Synthetic;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Hosting;

/// <summary>
/// Before the host listens: clears what a killed write left half-done and the uploads of sessions that ended with the host,
/// marks interrupted runs failed, and serves the active model version again. An empty workspace is seeded with the demo
/// data set, imported and trained in the background.
/// </summary>
internal sealed class WorkspaceStartup(
    WorkspaceLayout layout, DatasetStore datasets, ModelStore models, RunStore runs, ActiveModel active, TrainingService training,
    IOptions<SpectrumOptions> options, ILogger<WorkspaceStartup> logger) : IHostedService
{
    public const string DemoFileName = "demo.csv";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        layout.RemoveLeftovers();
        runs.FailUnfinished();
        var stored = models.List();
        var pointer = models.ActiveVersion();
        var chosen = stored.FirstOrDefault(m => m.Version == pointer) ?? stored.LastOrDefault();
        if (chosen is not null)
        {
            try
            {
                active.Activate(models.Load(chosen, options.Value.CachedLists));
                logger.LogInformation("Serving model version {Version} (dataset {Dataset}, {File}) from {Workspace}.", chosen.Version, chosen.DatasetId, chosen.DatasetFile, layout.Root);
            }
            catch (ModelException e) when (OnlyDemo())
            {
                // A demo model saved by another version of spectrum: the demo is ours to rebuild, as on a fresh workspace.
                logger.LogWarning("Model version {Version} cannot be loaded: {Message} The workspace holds only the demo data set: training it again.", chosen.Version, e.Message);
                _ = Task.Run(SeedDemoAsync, CancellationToken.None);
            }
            catch (ModelException e)
            {
                logger.LogError("Model version {Version} cannot be loaded: {Message} Activate another version or train again.", chosen.Version, e.Message);
            }
        }
        else if (OnlyDemo())
        {
            _ = Task.Run(SeedDemoAsync, CancellationToken.None);
        }
        else
        {
            logger.LogInformation("No model in {Workspace}: upload a dataset (POST /api/datasets) and train it (POST /api/training-runs).", layout.Root);
        }
        return Task.CompletedTask;
    }

    /// <summary>True when the demo may be seeded and no dataset but the demo was ever added.</summary>
    private bool OnlyDemo() => options.Value.SeedDemo && datasets.List().All(d => d.FileName == DemoFileName);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Training cannot be interrupted halfway safely; give it the host's shutdown time, then the run is marked interrupted at the next start.
        await training.Idle.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Generates the demo data set (or reuses one an interrupted start left), then trains it.</summary>
    private async Task SeedDemoAsync()
    {
        try
        {
            var demo = datasets.List().FirstOrDefault(d => d.FileName == DemoFileName);
            if (demo is null)
            {
                var generator = options.Value.DemoLines is { } lines ? DemoDataSet.Options with { Lines = lines } : DemoDataSet.Options;
                logger.LogInformation("Empty workspace {Workspace}: generating the demo data set ({Lines:N0} lines, seed {Seed}) and training it; the API answers once it is ready.",
                    layout.Root, generator.Lines, generator.Seed);
                demo = await datasets.CreateAsync(DemoFileName, new ImportOptions(), path =>
                {
                    TransactionGenerator.WriteFile(generator, path);
                    return Task.FromResult(new FileInfo(path).Length);
                });
            }
            var settings = new TrainingSettings(options.Value.HoldoutDays, TrainingSettings.DefaultClusters, Evaluate: true, Activate: true);
            training.Start(demo, settings);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The demo data set could not be prepared; upload a dataset and train it instead.");
        }
    }
}
