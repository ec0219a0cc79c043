using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>Whether the host is serving: "ready" with the active model version, or "starting" while the first model is prepared.</summary>
public sealed record HealthReport(string Status, int? ModelVersion, string? DatasetId, TrainingRun? Training);
