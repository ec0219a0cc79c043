namespace ShopperSpectrum.Segmentation;

/// <summary>A known customer's RFM values and placement.</summary>
public sealed record CustomerSegment(CustomerRfm Rfm, CustomerPlacement Placement);
