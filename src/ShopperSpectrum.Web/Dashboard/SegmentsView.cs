using ShopperSpectrum.Analysis;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The segments page's figures for one model version, every chart computed from aggregates or a bounded sample.</summary>
public sealed record SegmentsView(
    int ModelVersion,
    int Customers,
    IReadOnlyList<SegmentSummary> Segments,
    IReadOnlyList<ClusterSummary> Clusters,
    KMeansSummary KMeans,
    ChartSpec SegmentSizes,
    ChartSpec SegmentRevenue,
    ChartSpec Heatmap,
    ChartSpec RecencyHistogram,
    ChartSpec FrequencyHistogram,
    ChartSpec MonetaryHistogram,
    ChartSpec Elbow,
    ChartSpec Silhouette,
    ChartSpec Scatter,
    int ScatterPoints);
