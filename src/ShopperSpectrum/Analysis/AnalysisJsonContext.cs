using System.Text.Json.Serialization;

namespace ShopperSpectrum.Analysis;

/// <summary>Source-generated snake_case JSON for the analysis summary.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(AnalysisSummary))]
public sealed partial class AnalysisJsonContext : JsonSerializerContext;
