using System.Text.Json;
using System.Text.Json.Serialization;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Storage;

/// <summary>Source-generated camelCase JSON (enums as strings, nulls left out) for the workspace's files.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Dataset))]
[JsonSerializable(typeof(TrainingRun))]
[JsonSerializable(typeof(ModelInfo))]
[JsonSerializable(typeof(AnalysisSnapshot))]
[JsonSerializable(typeof(ActivePointer))]
internal sealed partial class SpectrumJsonContext : JsonSerializerContext;
