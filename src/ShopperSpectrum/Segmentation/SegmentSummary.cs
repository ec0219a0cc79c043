namespace ShopperSpectrum.Segmentation;

/// <summary>A named RFM segment: its size, revenue and mean R, F, M.</summary>
public sealed record SegmentSummary(string Name, int Customers, double Revenue, double RevenueShare, double Recency, double Frequency, double Monetary);
