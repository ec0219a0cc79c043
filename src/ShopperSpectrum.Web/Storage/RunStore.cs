using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Storage;

/// <summary>Training runs as <c>runs/ID.json</c>, rewritten atomically at each step so a poll never reads half a file.</summary>
internal sealed class RunStore(WorkspaceLayout layout, TimeProvider time)
{
    public void Save(TrainingRun run) => JsonFile.Write(layout.Run(run.Id), run, SpectrumJsonContext.Default.TrainingRun);

    public TrainingRun? Find(string id)
    {
        var file = Ids.IsWellFormed(id) ? layout.Run(id) : null;
        return file is not null && File.Exists(file) ? JsonFile.Read(file, SpectrumJsonContext.Default.TrainingRun) : null;
    }

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<TrainingRun> List() =>
        [.. Directory.EnumerateFiles(layout.Runs, "*.json")
            .Select(f => JsonFile.Read(f, SpectrumJsonContext.Default.TrainingRun))
            .OrderByDescending(r => r.CreatedUtc)];

    /// <summary>Marks the runs a stopped or killed host left unfinished as failed: nothing of theirs was activated.</summary>
    public void FailUnfinished()
    {
        foreach (var run in List().Where(r => r.Status is TrainingStatus.Queued or TrainingStatus.Running))
        {
            Save(run with
            {
                Status = TrainingStatus.Failed,
                FinishedUtc = time.GetUtcNow().UtcDateTime,
                Error = $"interrupted while {run.Stage}: the host stopped before the run finished, and the previous model kept serving; start the training again.",
            });
        }
    }
}
