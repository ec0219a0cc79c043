using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>Where a new customer with given R, F, M stands, and what new customers of that segment are shown first.</summary>
public sealed record SegmentPrediction(int ModelVersion, RfmScores Scores, string RfmScore, string Segment, int Cluster, string ClusterLabel, IReadOnlyList<RecommendedProduct> Products);
