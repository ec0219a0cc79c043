using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Web.Storage;

/// <summary>What one model version is: where it came from, what it knows, how it blends and how well it did.</summary>
/// <param name="Version">The version number, increasing with each training.</param>
/// <param name="DatasetId">The dataset it was trained on.</param>
/// <param name="DatasetFile">That dataset's file name.</param>
/// <param name="RunId">The training run that made it.</param>
/// <param name="CreatedUtc">When training finished (UTC).</param>
/// <param name="AsOf">The date recency is counted to.</param>
/// <param name="Customers">Customers it knows.</param>
/// <param name="Products">Products in its catalogue.</param>
/// <param name="Clusters">K-Means clusters.</param>
/// <param name="HoldoutDays">Days that tuned the blend and held out the evaluation.</param>
/// <param name="Blend">The recommender's strategies and weights.</param>
/// <param name="DataFingerprint">Identifies the interaction data it was fitted on.</param>
/// <param name="NdcgAt10">The default strategy's NDCG@10 on the temporal holdout (null when not evaluated).</param>
public sealed record ModelInfo(
    int Version,
    string DatasetId,
    string DatasetFile,
    string RunId,
    DateTime CreatedUtc,
    DateTime AsOf,
    int Customers,
    int Products,
    int Clusters,
    int HoldoutDays,
    IReadOnlyList<BlendWeight> Blend,
    string DataFingerprint,
    double? NdcgAt10);
