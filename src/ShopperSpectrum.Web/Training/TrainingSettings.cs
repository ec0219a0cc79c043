using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Web.Training;

/// <summary>How a dataset is trained.</summary>
/// <param name="HoldoutDays">Days at the end of the data that tune the blend and hold out the evaluation.</param>
/// <param name="Clusters">K-Means clusters to keep.</param>
/// <param name="Evaluate">Whether every strategy is judged on the temporal holdout (the evaluation table).</param>
/// <param name="Activate">Whether the new model serves as soon as it is stored.</param>
public sealed record TrainingSettings(int HoldoutDays, int Clusters, bool Evaluate, bool Activate)
{
    /// <summary>The library's default number of clusters (the seeds' business choice).</summary>
    public static int DefaultClusters { get; } = new SegmenterOptions().Clusters ?? 4;
}
