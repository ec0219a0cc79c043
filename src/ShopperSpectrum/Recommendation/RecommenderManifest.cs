namespace ShopperSpectrum.Recommendation;

/// <summary>What a saved recommender says about itself: when it was built, from which data, and how it blends its strategies.</summary>
/// <param name="CreatedUtc">When the recommender was fitted (UTC).</param>
/// <param name="DataFingerprint">Identifies the interaction data it was fitted on (see <see cref="Models.DataFingerprint"/>).</param>
/// <param name="Blend">The blended strategies and their weights (one strategy with weight 1 when nothing is blended).</param>
public sealed record RecommenderManifest(DateTime CreatedUtc, string DataFingerprint, IReadOnlyList<BlendWeight> Blend);
