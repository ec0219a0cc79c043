using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>A known customer: RFM values, scores, named segment, cluster, and recommendations.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="ModelVersion">The model version that answered.</param>
/// <param name="Recency">Days from the last order to the model's as-of date.</param>
/// <param name="Frequency">Distinct orders.</param>
/// <param name="Monetary">Net revenue.</param>
/// <param name="Scores">R, F and M scores, 1 to 5.</param>
/// <param name="RfmScore">The scores as the usual three digits, for example "545".</param>
/// <param name="Segment">The named RFM segment.</param>
/// <param name="Cluster">The K-Means cluster.</param>
/// <param name="ClusterLabel">The cluster's name in plain words.</param>
/// <param name="Recommendations">The recommended products, best first.</param>
public sealed record CustomerProfile(
    string CustomerId,
    int ModelVersion,
    int Recency,
    int Frequency,
    double Monetary,
    RfmScores Scores,
    string RfmScore,
    string Segment,
    int Cluster,
    string ClusterLabel,
    IReadOnlyList<RecommendedProduct> Recommendations);
