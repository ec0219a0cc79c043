namespace ShopperSpectrum.Recommendation;

/// <summary>Which segment each customer row belongs to, and the segments' names.</summary>
/// <param name="OfCustomer">Segment index per customer row.</param>
/// <param name="Names">Segment index → name (for example "High-Value").</param>
public sealed record CustomerSegments(int[] OfCustomer, string[] Names);
