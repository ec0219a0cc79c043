using System.Globalization;
using Microsoft.Extensions.Options;
using ShopperSpectrum.Web.Api;
using ShopperSpectrum.Web.Hosting;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Training;

/// <summary>Runs one training at a time in the background, records each step in its run file, and activates the result when asked.</summary>
internal sealed class TrainingService(TrainingJob job, RunStore runs, ActiveModel active, IOptions<SpectrumOptions> options, TimeProvider time, ILogger<TrainingService> logger)
{
    private readonly Lock gate = new();
    private TrainingRun? current;
    private Task work = Task.CompletedTask;

    /// <summary>The run queued or in progress, if any.</summary>
    public TrainingRun? Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    /// <summary>Completes when the run in progress (if any) has finished.</summary>
    public Task Idle
    {
        get
        {
            lock (gate)
            {
                return work;
            }
        }
    }

    /// <summary>Queues a training of <paramref name="dataset"/>, refused with 409 while another run is in progress.</summary>
    public TrainingRun Start(Dataset dataset, TrainingSettings settings)
    {
        lock (gate)
        {
            if (current is { } busy)
            {
                throw new ApiProblem(StatusCodes.Status409Conflict, string.Create(CultureInfo.InvariantCulture,
                    $"run {busy.Id} is still training dataset {busy.DatasetId} ({busy.Stage}, {busy.Progress * 100:0}% done); poll GET /api/training-runs/{busy.Id} and ask again when it has finished."));
            }
            var run = new TrainingRun(Ids.New("run"), dataset.Id, settings, TrainingStatus.Queued, "queued", 0, time.GetUtcNow().UtcDateTime);
            runs.Save(run);
            current = run;
            work = Task.Factory.StartNew(() => Execute(run, dataset), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return run;
        }
    }

    private void Execute(TrainingRun run, Dataset dataset)
    {
        void Publish(TrainingRun next)
        {
            runs.Save(next);
            lock (gate)
            {
                current = next.Status is TrainingStatus.Queued or TrainingStatus.Running ? next : null;
            }
            run = next;
        }

        try
        {
            logger.LogInformation("Training run {Run} started on dataset {Dataset} ({File}).", run.Id, dataset.Id, dataset.FileName);
            var model = job.Run(run.Id, dataset, run.Settings, options.Value.CachedLists,
                (stage, done) => Publish(run with { Status = TrainingStatus.Running, Stage = stage, Progress = done }));
            if (run.Settings.Activate)
            {
                active.Activate(model);
            }
            logger.LogInformation("Training run {Run} stored model version {Version}{Activated}.", run.Id, model.Info.Version, run.Settings.Activate ? ", now serving" : "");
            Publish(run with
            {
                Status = TrainingStatus.Succeeded, Stage = "done", Progress = 1, FinishedUtc = time.GetUtcNow().UtcDateTime, ModelVersion = model.Info.Version,
            });
        }
        catch (Exception e)
        {
            logger.LogError(e, "Training run {Run} failed; the previous model keeps serving.", run.Id);
            Publish(run with { Status = TrainingStatus.Failed, FinishedUtc = time.GetUtcNow().UtcDateTime, Error = UserMessage.OneLine(e) });
        }
        finally
        {
            lock (gate)
            {
                current = null;
            }
        }
    }
}
