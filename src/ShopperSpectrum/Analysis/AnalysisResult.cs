using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Analysis;

/// <summary>The outcome of an analysis: what was read and cleaned, RFM per customer, the segmentation, and the recommender when one was fitted.</summary>
public sealed record AnalysisResult(ImportResult Import, RfmTable Rfm, SegmentationResult Segmentation, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>The default recommender fitted on every transaction, when <see cref="AnalysisOptions.FitRecommender"/> asked for it.</summary>
    public TrainedRecommender? Recommender { get; init; }
}
