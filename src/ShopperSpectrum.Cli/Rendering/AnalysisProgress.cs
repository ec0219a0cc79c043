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

    public static AnalysisResult Run(IAnsiConsole console, string path, AnalysisOptions options) =>
        StageProgress.Run(console, Stages(options), start => Analyzer.Run(path, options, stage => start(Name(stage))));

    /// <summary>How the stages an analysis with these options goes through are shown, in order.</summary>
    public static IReadOnlyList<string> Stages(AnalysisOptions options) =>
        [.. Names.Where(n => n.Key != AnalysisStage.Recommender || options.FitRecommender).Select(n => n.Value)];

    /// <summary>How a stage is shown.</summary>
    public static string Name(AnalysisStage stage) => Names[stage];
}
