using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Analysis;

/// <summary>The outcome of an analysis: what was read and cleaned, RFM per customer, and the segmentation.</summary>
public sealed record AnalysisResult(ImportResult Import, RfmTable Rfm, SegmentationResult Segmentation, IReadOnlyList<StageTiming> Timings);
