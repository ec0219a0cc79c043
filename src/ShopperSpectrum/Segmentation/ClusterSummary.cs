namespace ShopperSpectrum.Segmentation;

/// <summary>A K-Means cluster: its plain-word label, size, revenue share and mean R, F, M.</summary>
public sealed record ClusterSummary(int Cluster, string Label, int Size, double RevenueShare, double Recency, double Frequency, double Monetary);
