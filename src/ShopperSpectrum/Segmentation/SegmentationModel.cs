namespace ShopperSpectrum.Segmentation;

/// <summary>The fitted segmentation: score bounds, segment map, feature scaling and K-Means centroids; places any customer from R, F, M.</summary>
public sealed record SegmentationModel(
    int SchemaVersion,
    DateTime AsOf,
    int Customers,
    RfmScoreBounds ScoreBounds,
    RfmSegmentMap SegmentMap,
    FeatureScaler Scaler,
    KMeansModel Clusters,
    string[] ClusterLabels)
{
    /// <summary>The model format this code writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Scores, names and clusters a customer with this recency (days), frequency (orders) and monetary value.</summary>
    public CustomerPlacement Place(double recency, double frequency, double monetary)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recency);
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        ArgumentOutOfRangeException.ThrowIfNegative(monetary);
        var scores = ScoreBounds.Score(recency, frequency, monetary);
        Span<double> features = stackalloc double[3];
        Scaler.Transform([recency, frequency, monetary], features);
        var cluster = Clusters.Predict(features);
        return new CustomerPlacement(scores, SegmentMap.Segment(scores), cluster, ClusterLabels[cluster]);
    }
}
