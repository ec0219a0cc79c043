namespace ShopperSpectrum.Analysis;

/// <summary>How long one stage took.</summary>
public sealed record StageTiming(AnalysisStage Stage, TimeSpan Elapsed);
