namespace ShopperSpectrum.Web.Training;

/// <summary>One training of a dataset: its settings, where it is, and the model version it made.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="DatasetId">The dataset being trained.</param>
/// <param name="Settings">How it trains.</param>
/// <param name="Status">Queued, running, succeeded or failed.</param>
/// <param name="Stage">What it is doing now, in words.</param>
/// <param name="Progress">The share of the work done, from 0 to 1.</param>
/// <param name="CreatedUtc">When it was asked for (UTC).</param>
/// <param name="FinishedUtc">When it succeeded or failed (UTC).</param>
/// <param name="ModelVersion">The model version it made, once it has succeeded.</param>
/// <param name="Error">Why it failed, in one line.</param>
public sealed record TrainingRun(
    string Id,
    string DatasetId,
    TrainingSettings Settings,
    TrainingStatus Status,
    string Stage,
    double Progress,
    DateTime CreatedUtc,
    DateTime? FinishedUtc = null,
    int? ModelVersion = null,
    string? Error = null);

/// <summary>The states of a training run.</summary>
public enum TrainingStatus
{
    /// <summary>Accepted, not started.</summary>
    Queued,
    /// <summary>Working.</summary>
    Running,
    /// <summary>Finished; its model version is stored.</summary>
    Succeeded,
    /// <summary>Stopped without a model; the previous model keeps serving.</summary>
    Failed,
}
