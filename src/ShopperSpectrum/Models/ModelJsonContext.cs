using System.Text.Json.Serialization;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Models;

/// <summary>Source-generated JSON for the model artifacts: no reflection at start-up.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(SegmentationModel))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
