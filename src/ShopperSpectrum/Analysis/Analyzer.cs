using System.Diagnostics;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Analysis;

/// <summary>The main job: file → DuckDB → clean transactions → RFM → segments and clusters (→ the default recommender).</summary>
public static class Analyzer
{
    /// <summary>Analyses a transactions file in a fresh in-memory workspace, reporting each stage as it starts.</summary>
    public static AnalysisResult Run(string path, AnalysisOptions? options = null, Action<AnalysisStage>? starting = null)
    {
        using var workspace = SpectrumWorkspace.Open();
        return Run(workspace, path, options, starting);
    }

    /// <summary>Analyses a transactions file into the given workspace, reporting each stage as it starts.</summary>
    public static AnalysisResult Run(SpectrumWorkspace workspace, string path, AnalysisOptions? options = null, Action<AnalysisStage>? starting = null)
    {
        options ??= new AnalysisOptions();
        var timings = new List<StageTiming>();
        T Timed<T>(AnalysisStage stage, Func<T> work)
        {
            starting?.Invoke(stage);
            var clock = Stopwatch.StartNew();
            var result = work();
            timings.Add(new StageTiming(stage, clock.Elapsed));
            return result;
        }

        var imported = Timed(AnalysisStage.Import, () => workspace.Import(path, options.Import));
        var rfm = Timed(AnalysisStage.Rfm, () => workspace.ComputeRfm(options.AsOf));
        var segmentation = Timed(AnalysisStage.Segmentation, () => Segmenter.Fit(rfm, options.Segmenter));
        var recommender = options.FitRecommender
            ? Timed(AnalysisStage.Recommender, () => ShopRecommenderTrainer.Train(workspace, holdoutDays: options.HoldoutDays))
            : null;
        return new AnalysisResult(imported, rfm, segmentation, timings) { Recommender = recommender };
    }
}
