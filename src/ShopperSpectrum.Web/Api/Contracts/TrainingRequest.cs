namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>A request to train a dataset; omitted settings take the host's defaults.</summary>
/// <param name="DatasetId">The dataset to train (from POST /api/datasets).</param>
/// <param name="HoldoutDays">Days at the end of the data that tune the blend and hold out the evaluation (1 to 365; default from Spectrum:HoldoutDays).</param>
/// <param name="Clusters">K-Means clusters to keep (2 to 10; default 4).</param>
/// <param name="Evaluate">Whether to judge every strategy on the temporal holdout (default true).</param>
/// <param name="Activate">Whether the new model serves as soon as it is stored (default true).</param>
public sealed record TrainingRequest(string? DatasetId, int? HoldoutDays = null, int? Clusters = null, bool? Evaluate = null, bool? Activate = null);
