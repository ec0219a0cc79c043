using System.Globalization;
using System.Text.Json;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Models;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Storage;

/// <summary>
/// Model versions as <c>models/VERSION</c> folders (segmentation.json, customers.csv and segments.csv as <c>spectrum analyze</c>
/// writes them, recommender.bin, evaluation.json, analysis.json, model.json), and the active version in <c>models/active.json</c>.
/// </summary>
internal sealed class ModelStore(WorkspaceLayout layout)
{
    public const string InfoFile = "model.json";
    public const string EvaluationFile = "evaluation.json";

    private readonly Lock gate = new();

    /// <summary>Takes the next version number and returns the empty folder to write it into; <see cref="Commit"/> publishes it.</summary>
    public (int Version, string Folder) Reserve()
    {
        lock (gate)
        {
            var taken = Directory.EnumerateDirectories(layout.Models)
                .Select(d => Path.GetFileName(d).Replace(WorkspaceLayout.PartialPrefix, "", StringComparison.Ordinal))
                .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0);
            var version = taken.DefaultIfEmpty(0).Max() + 1;
            return (version, WorkspaceLayout.Partial(layout.Model(version)));
        }
    }

    /// <summary>Moves a fully written version into place in one rename.</summary>
    public void Commit(int version) =>
        Directory.Move(Path.Combine(layout.Models, WorkspaceLayout.PartialPrefix + version.ToString(CultureInfo.InvariantCulture)), layout.Model(version));

    /// <summary>Every stored version, oldest first.</summary>
    public IReadOnlyList<ModelInfo> List() =>
        [.. WorkspaceLayout.Published(layout.Models, InfoFile)
            .Select(f => JsonFile.Read(f, SpectrumJsonContext.Default.ModelInfo))
            .OrderBy(m => m.Version)];

    public ModelInfo? Find(int version)
    {
        var file = Path.Combine(layout.Model(version), InfoFile);
        return version > 0 && File.Exists(file) ? JsonFile.Read(file, SpectrumJsonContext.Default.ModelInfo) : null;
    }

    /// <summary>Reads a stored version back without refitting anything.</summary>
    /// <exception cref="ModelException">A file of the version is missing or damaged.</exception>
    public ServedModel Load(ModelInfo info, int cachedLists)
    {
        var folder = layout.Model(info.Version);
        var evaluation = Path.Combine(folder, EvaluationFile);
        try
        {
            return new ServedModel(
                info,
                JsonFile.Read(Path.Combine(folder, AnalysisSnapshot.FileName), SpectrumJsonContext.Default.AnalysisSnapshot),
                SegmentationModelStore.Load(folder),
                RecommenderStore.Load(folder),
                File.Exists(evaluation) ? JsonFile.Read(evaluation, EvaluationJsonContext.Default.EvaluationReport) : null,
                cachedLists);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new ModelException($"Model version {info.Version} in {folder} is damaged ({e.Message.Split('\n')[0].TrimEnd('.')}); delete it and train its dataset again.");
        }
    }

    public int? ActiveVersion() =>
        File.Exists(layout.ActiveModelFile) ? JsonFile.Read(layout.ActiveModelFile, SpectrumJsonContext.Default.ActivePointer).Version : null;

    public void SetActive(int version) => JsonFile.Write(layout.ActiveModelFile, new ActivePointer(version), SpectrumJsonContext.Default.ActivePointer);

    public void Delete(int version)
    {
        var doomed = Path.Combine(layout.Models, WorkspaceLayout.PartialPrefix + "deleted-" + version.ToString(CultureInfo.InvariantCulture));
        Directory.Move(layout.Model(version), doomed);
        Directory.Delete(doomed, recursive: true);
    }
}

/// <summary>The content of <c>models/active.json</c>.</summary>
public sealed record ActivePointer(int Version);
