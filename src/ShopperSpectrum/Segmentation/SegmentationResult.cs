namespace ShopperSpectrum.Segmentation;

/// <summary>Everything segmentation found: the fitted model, every customer's placement, and the segment and cluster tables.</summary>
public sealed record SegmentationResult(
    SegmentationModel Model,
    IReadOnlyList<CustomerSegment> Customers,
    IReadOnlyList<SegmentSummary> Segments,
    ClusterSearchResult Search,
    IReadOnlyList<ClusterSummary> Clusters);
