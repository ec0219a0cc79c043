using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Analysis;

/// <summary>Options for the whole analysis job: how to read the file, the RFM date, and how to segment.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Column map and date format for the file.</summary>
    public ImportOptions Import { get; init; } = new();

    /// <summary>The date RFM is computed at; the day after the last transaction when null.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Segmentation settings.</summary>
    public SegmenterOptions Segmenter { get; init; } = new();

    /// <summary>Whether to also fit the shop-facing default recommender (the tuned hybrid) on every transaction.</summary>
    public bool FitRecommender { get; init; }

    /// <summary>Days at the end of the data the recommender's blend is tuned on.</summary>
    public int HoldoutDays { get; init; } = 30;
}
