using ShopperSpectrum.Analysis;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Rendering;

/// <summary>Runs an analysis behind a progress display of its stages.</summary>
internal static class AnalysisProgress
{
    private static readonly Dictionary<AnalysisStage, string> Names = new()
    {
        [AnalysisStage.Import] = "Reading and cleaning",
        [AnalysisStage.Rfm] = "Computing RFM",
        [AnalysisStage.Segmentation] = "Segmenting and clustering",
        [AnalysisStage.Recommender] = "Fitting the recommender",
    };

    public static AnalysisResult Run(IAnsiConsole console, string path, AnalysisOptions options)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return Analyzer.Run(path, options);
        }
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = Names.Where(n => n.Key != AnalysisStage.Recommender || options.FitRecommender)
                    .ToDictionary(n => n.Key, n => context.AddTask(n.Value, autoStart: false, maxValue: 1));
                ProgressTask? current = null;
                var result = Analyzer.Run(path, options, stage =>
                {
                    current?.Increment(1);
                    current = tasks[stage];
                    current.IsIndeterminate = true;
                    current.StartTask();
                });
                current?.Increment(1);
                return result;
            });
    }
}
