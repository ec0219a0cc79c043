using System.Text.Json;

namespace ShopperSpectrum.Evaluation;

/// <summary>Writes an evaluation report as snake_case JSON.</summary>
public static class EvaluationExport
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void WriteJson(EvaluationReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(report, EvaluationJsonContext.Default.EvaluationReport));
    }
}
