using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Web.Api;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Web.Storage;

/// <summary>The workspace's datasets: each upload in its own folder with the file, its DuckDB database and <c>dataset.json</c>.</summary>
internal sealed class DatasetStore(WorkspaceLayout layout, TimeProvider time)
{
    public const string DatabaseFile = "transactions.duckdb";
    public const string MetadataFile = "dataset.json";

    /// <summary>The file name endings an upload may have, as the library reads them.</summary>
    public static readonly string[] Extensions = [".csv", ".csv.gz", ".txt", ".txt.gz", ".tsv", ".tsv.gz", ".xlsx", ".xlsm", ".parquet"];

    /// <summary>Writes the file with <paramref name="write"/> (which returns its size), imports it, and only then makes the dataset visible.</summary>
    public async Task<Dataset> CreateAsync(string fileName, ImportOptions options, Func<string, Task<long>> write)
    {
        var name = SafeFileName(fileName);
        var id = Ids.New("ds");
        var final = layout.Dataset(id);
        var partial = WorkspaceLayout.Partial(final);
        try
        {
            var source = Path.Combine(partial, name);
            var bytes = await write(source);
            var import = await Task.Run(() =>
            {
                using var workspace = SpectrumWorkspace.Open(Path.Combine(partial, DatabaseFile));
                return workspace.Import(source, options);
            });
            var dataset = new Dataset(id, name, bytes, time.GetUtcNow().UtcDateTime, options, import);
            JsonFile.Write(Path.Combine(partial, MetadataFile), dataset, SpectrumJsonContext.Default.Dataset);
            Directory.Move(partial, final);
            return dataset;
        }
        catch
        {
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }

    public IReadOnlyList<Dataset> List() =>
        [.. WorkspaceLayout.Published(layout.Datasets, MetadataFile)
            .Select(f => JsonFile.Read(f, SpectrumJsonContext.Default.Dataset))
            .OrderBy(d => d.UploadedUtc)];

    public Dataset? Find(string id)
    {
        var file = Ids.IsWellFormed(id) ? Path.Combine(layout.Dataset(id), MetadataFile) : null;
        return file is not null && File.Exists(file) ? JsonFile.Read(file, SpectrumJsonContext.Default.Dataset) : null;
    }

    /// <summary>Opens the dataset's DuckDB database.</summary>
    public SpectrumWorkspace Open(Dataset dataset) => SpectrumWorkspace.Open(Path.Combine(layout.Dataset(dataset.Id), DatabaseFile));

    /// <summary>Removes the dataset: first renamed out of sight in one step, then deleted.</summary>
    public void Delete(Dataset dataset)
    {
        var doomed = Path.Combine(layout.Datasets, WorkspaceLayout.PartialPrefix + dataset.Id);
        Directory.Move(layout.Dataset(dataset.Id), doomed);
        Directory.Delete(doomed, recursive: true);
    }

    /// <summary>The file's own name, checked to be a type the library reads, with characters a file system might refuse replaced.</summary>
    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (!Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ApiProblem(StatusCodes.Status415UnsupportedMediaType,
                $"\"{name}\" is not a transactions file this host reads; upload CSV (.csv, .csv.gz, .tsv, .txt), Excel (.xlsx) or Parquet (.parquet).");
        }
        var safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        return safe.Length > 120 ? safe[^120..] : safe;
    }
}
