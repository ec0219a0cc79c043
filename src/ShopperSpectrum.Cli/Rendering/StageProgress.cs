using Spectre.Console;

namespace ShopperSpectrum.Cli.Rendering;

/// <summary>Runs a job behind a progress display with one line per stage; the job says when each stage starts.</summary>
internal static class StageProgress
{
    /// <summary>Runs <paramref name="work"/>, which calls its argument with a stage's name as that stage starts; plain output shows nothing.</summary>
    public static T Run<T>(IAnsiConsole console, IReadOnlyList<string> stages, Func<Action<string>, T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return work(_ => { });
        }
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = stages.ToDictionary(s => s, s => context.AddTask(s, autoStart: false, maxValue: 1));
                ProgressTask? current = null;
                void Finish()
                {
                    // Stopping the task freezes its elapsed time at the stage's own duration.
                    current?.Increment(1);
                    current?.StopTask();
                }
                var result = work(stage =>
                {
                    Finish();
                    current = tasks[stage];
                    current.IsIndeterminate = true;
                    current.StartTask();
                });
                Finish();
                return result;
            });
    }
}
