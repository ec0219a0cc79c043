namespace ShopperSpectrum.Segmentation;

/// <summary>One customer's recency (days since the last order), frequency (distinct orders) and monetary value (net revenue).</summary>
public sealed record CustomerRfm(string CustomerId, int Recency, int Frequency, double Monetary);
