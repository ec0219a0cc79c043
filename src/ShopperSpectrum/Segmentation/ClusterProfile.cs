namespace ShopperSpectrum.Segmentation;

/// <summary>A cluster's size and its members' mean recency, frequency and monetary value, in raw units.</summary>
/// <param name="Cluster">Cluster index.</param>
/// <param name="Size">Number of customers.</param>
/// <param name="Recency">Mean days since the last order.</param>
/// <param name="Frequency">Mean number of orders.</param>
/// <param name="Monetary">Mean total spend.</param>
public sealed record ClusterProfile(int Cluster, int Size, double Recency, double Frequency, double Monetary);
