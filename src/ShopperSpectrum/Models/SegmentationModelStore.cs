using System.Text.Json;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Models;

/// <summary>Saves and loads the segmentation model as <c>segmentation.json</c> in a model directory.</summary>
public static class SegmentationModelStore
{
    /// <summary>The model's file name inside a model directory.</summary>
    public const string FileName = "segmentation.json";

    /// <summary>Writes the model atomically: readers see the old file or the new one, never half of one.</summary>
    public static void Save(SegmentationModel model, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(model, ModelJsonContext.Default.SegmentationModel));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the model, rejecting a missing, damaged or other-version file with a clear message.</summary>
    public static SegmentationModel Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new ModelException($"No segmentation model in {directory}: run `spectrum analyze FILE --out {directory}` first.");
        }
        SegmentationModel? model;
        try
        {
            model = JsonSerializer.Deserialize(File.ReadAllBytes(path), ModelJsonContext.Default.SegmentationModel);
        }
        catch (JsonException)
        {
            model = null;
        }
        if (model is null || model.Scaler is null || model.Clusters is null || model.ClusterLabels is null || model.ScoreBounds is null)
        {
            throw new ModelException($"The model in {path} is damaged; run `spectrum analyze` again to rebuild it.");
        }
        if (model.SchemaVersion != SegmentationModel.CurrentSchemaVersion)
        {
            throw new ModelException(
                $"The model in {path} has schema version {model.SchemaVersion}, this spectrum reads version {SegmentationModel.CurrentSchemaVersion}; run `spectrum analyze` again to rebuild it.");
        }
        return model;
    }
}
