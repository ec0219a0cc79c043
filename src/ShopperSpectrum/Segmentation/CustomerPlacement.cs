namespace ShopperSpectrum.Segmentation;

/// <summary>Where a customer stands: RFM scores, named segment and K-Means cluster.</summary>
public sealed record CustomerPlacement(RfmScores Scores, string Segment, int Cluster, string ClusterLabel);
