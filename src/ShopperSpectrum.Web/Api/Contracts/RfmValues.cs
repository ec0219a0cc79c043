namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>A customer's recency (days since the last order), frequency (orders) and monetary value (total spend).</summary>
public sealed record RfmValues(double? Recency, double? Frequency, double? Monetary);
