namespace ShopperSpectrum.Reporting;

/// <summary>The stages of building a report once the analysis is done, in order.</summary>
public enum ReportStage
{
    /// <summary>Aggregating the shop overview in DuckDB.</summary>
    Overview,
    /// <summary>Judging every recommender on the temporal holdout.</summary>
    Evaluation,
}
