using ShopperSpectrum.Evaluation;

namespace ShopperSpectrum.Web.Api.Contracts;

/// <summary>The serving model's evaluation: every strategy on the temporal holdout.</summary>
public sealed record EvaluationTable(int ModelVersion, EvaluationReport Report);
