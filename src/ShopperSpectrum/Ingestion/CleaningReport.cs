namespace ShopperSpectrum.Ingestion;

/// <summary>How many lines one named cleaning rule removed.</summary>
public sealed record CleaningStep(string Rule, long RowsRemoved);

/// <summary>What cleaning did to a file: lines read, lines kept, and each rule's count, in the order the rules apply.</summary>
public sealed record CleaningReport(long RowsRead, long RowsClean, IReadOnlyList<CleaningStep> Steps);
