using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Web.Hosting;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>
/// The upload page's steps for one browser session: keep the file, preview it, import it (again with a column map if detection
/// needs help), then train it and follow the run. Writes need the host's API key, as they do through the API.
/// </summary>
internal sealed class UploadFlow(DatasetStore datasets, TrainingService training, RunStore runs, WorkspaceLayout layout, IOptions<SpectrumOptions> options) : IDisposable
{
    private string? folder;

    public string? FileName { get; private set; }

    public string? StagedPath { get; private set; }

    public FilePreview? Preview { get; private set; }

    public Dataset? Dataset { get; private set; }

    public string? RunId { get; private set; }

    /// <summary>The last step's failure, in plain words.</summary>
    public string? Error { get; private set; }

    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>True when <paramref name="key"/> is the host's write key.</summary>
    public bool IsWriteKey(string? key) =>
        !string.IsNullOrWhiteSpace(key) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key.Trim()), Encoding.UTF8.GetBytes(options.Value.ApiKey.Trim()));

    /// <summary>Keeps the file for the steps that follow and previews it; false (with <see cref="Error"/>) for a type the host does not read.</summary>
    public async Task<bool> StageAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        Reset();
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (!DatasetStore.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            Error = $"\"{name}\" is not a transactions file this host reads: choose a CSV (.csv, .csv.gz, .tsv, .txt), Excel (.xlsx) or Parquet (.parquet) file.";
            return false;
        }
        // In the workspace, not the system's temp folder: what a session still held when the host stopped is cleared at the next start.
        folder = Directory.CreateDirectory(Path.Combine(layout.Uploads, Guid.NewGuid().ToString("N"))).FullName;
        StagedPath = Path.Combine(folder, string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')));
        FileName = name;
        await using (var target = File.Create(StagedPath))
        {
            await content.CopyToAsync(target, cancellationToken);
        }
        Preview = await Task.Run(() => FilePreview.Read(StagedPath), cancellationToken);
        return true;
    }

    /// <summary>Imports the kept file as a new dataset with the given column map (lines of canonical=source) and date format.</summary>
    public async Task<bool> ImportAsync(string? columnMap, string? dateFormat)
    {
        Error = null;
        if (StagedPath is null || FileName is null)
        {
            Error = "Choose a file first.";
            return false;
        }
        try
        {
            var pairs = (columnMap ?? "").Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var import = new ImportOptions { ColumnMap = ImportOptions.ParseColumnMap(pairs, ""), DateFormat = string.IsNullOrWhiteSpace(dateFormat) ? null : dateFormat.Trim() };
            var staged = StagedPath;
            Dataset = await datasets.CreateAsync(FileName, import, async path =>
            {
                File.Copy(staged, path);
                return await Task.FromResult(new FileInfo(path).Length);
            });
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Error = $"The file could not be imported: {UserMessage.OneLine(e)}";
            return false;
        }
    }

    /// <summary>Starts training the imported dataset; the new model serves when it is done.</summary>
    public bool StartTraining(int clusters, int holdoutDays)
    {
        Error = null;
        if (Dataset is null)
        {
            Error = "Import the file before training it.";
            return false;
        }
        try
        {
            RunId = training.Start(Dataset, new TrainingSettings(holdoutDays, clusters, Evaluate: true, Activate: true)).Id;
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Error = UserMessage.OneLine(e);
            return false;
        }
    }

    /// <summary>The run started here, as its run file says now.</summary>
    public TrainingRun? Run => RunId is null ? null : runs.Find(RunId);

    public void Dispose() => Reset();

    private void Reset()
    {
        (FileName, StagedPath, Preview, Dataset, RunId, Error) = (null, null, null, null, null, null);
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        folder = null;
    }
}
