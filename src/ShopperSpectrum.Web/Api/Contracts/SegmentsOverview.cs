using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>The named RFM segments and the K-Means clusters: sizes, revenue and mean R, F, M.</summary>
public sealed record SegmentsOverview(int ModelVersion, DateTime AsOf, int Customers, IReadOnlyList<SegmentSummary> Segments, IReadOnlyList<ClusterSummary> Clusters);
