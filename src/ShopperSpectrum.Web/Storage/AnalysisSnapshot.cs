using ShopperSpectrum.Analysis;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Web.Storage;

/// <summary>The part of an analysis a model version serves: the summary, the segment and cluster tables, and every customer's placement.</summary>
public sealed record AnalysisSnapshot(
    AnalysisSummary Summary,
    IReadOnlyList<SegmentSummary> Segments,
    IReadOnlyList<ClusterSummary> Clusters,
    IReadOnlyList<CustomerSegment> Customers)
{
    public const string FileName = "analysis.json";

    public static AnalysisSnapshot From(AnalysisResult result) => new(
        AnalysisSummary.From(result), result.Segmentation.Segments, result.Segmentation.Clusters, result.Segmentation.Customers);
}
