namespace ShopperSpectrum.Evaluation;

/// <summary>The default strategy's figures for the evaluated customers of one segment (segments from the training window).</summary>
public sealed record SegmentResult(string Segment, int Customers, double PrecisionAtK, double RecallAtK, double NdcgAtK, double HitRateAtK, double MapAtK);
