using System.Text.Json.Serialization;

namespace ShopperSpectrum.Evaluation;

/// <summary>Source-generated snake_case JSON for the evaluation report.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(EvaluationReport))]
public sealed partial class EvaluationJsonContext : JsonSerializerContext;
