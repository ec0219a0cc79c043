using System.Globalization;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>What the dashboard can show right now: the serving model, or the training that will bring one.</summary>
internal sealed class ServingState(ActiveModel active, TrainingService training)
{
    public ServedModel? Model => active.Current;

    public TrainingRun? Training => training.Current;

    /// <summary>What to tell a user who opens a page before any model serves.</summary>
    public string WaitingMessage() => Training is { } run
        ? string.Create(CultureInfo.InvariantCulture, $"Training the data… {run.Stage} ({run.Progress * 100:0}% done). The pages fill in as soon as the model is ready.")
        : "No model serves yet: the demo data is being prepared, or upload a transactions file on the Upload page and train it.";
}
