namespace ShopperSpectrum.Analysis;

/// <summary>The stages of an analysis, in order.</summary>
public enum AnalysisStage
{
    /// <summary>Reading, mapping and cleaning the file.</summary>
    Import,
    /// <summary>Aggregating recency, frequency and monetary value.</summary>
    Rfm,
    /// <summary>Scoring, naming segments and clustering.</summary>
    Segmentation,
    /// <summary>Fitting the default recommender.</summary>
    Recommender,
}
