using System.Globalization;

namespace ShopperSpectrum.Web.Storage;

/// <summary>Where the workspace keeps things: <c>datasets/ID</c>, <c>runs/ID.json</c>, <c>models/VERSION</c> and <c>models/active.json</c>.</summary>
internal sealed class WorkspaceLayout
{
    /// <summary>Prefix of a folder still being written; such folders are removed at start, so a killed write leaves nothing behind.</summary>
    public const string PartialPrefix = ".partial-";

    public WorkspaceLayout(string root)
    {
        Root = Path.GetFullPath(root);
        Datasets = Path.Combine(Root, "datasets");
        Runs = Path.Combine(Root, "runs");
        Models = Path.Combine(Root, "models");
        Uploads = Path.Combine(Root, "uploads");
        foreach (var folder in new[] { Datasets, Runs, Models, Uploads })
        {
            Directory.CreateDirectory(folder);
        }
    }

    public string Root { get; }

    public string Datasets { get; }

    public string Runs { get; }

    public string Models { get; }

    /// <summary>Files a dashboard session keeps between choosing and importing them, one folder each.</summary>
    public string Uploads { get; }

    public string ActiveModelFile => Path.Combine(Models, "active.json");

    public string Dataset(string id) => Path.Combine(Datasets, id);

    public string Run(string id) => Path.Combine(Runs, id + ".json");

    public string Model(int version) => Path.Combine(Models, version.ToString(CultureInfo.InvariantCulture));

    /// <summary>A fresh, empty folder beside <paramref name="final"/> to write into before it is moved into place in one rename.</summary>
    public static string Partial(string final)
    {
        var partial = Path.Combine(Path.GetDirectoryName(final)!, PartialPrefix + Path.GetFileName(final));
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }
        Directory.CreateDirectory(partial);
        return partial;
    }

    /// <summary>The path of <paramref name="file"/> in each complete (not partial) folder of <paramref name="parent"/> that holds one.</summary>
    public static IEnumerable<string> Published(string parent, string file) =>
        Directory.EnumerateDirectories(parent)
            .Where(d => !Path.GetFileName(d).StartsWith(PartialPrefix, StringComparison.Ordinal))
            .Select(d => Path.Combine(d, file))
            .Where(File.Exists);

    /// <summary>Removes the folders a killed or failed write left half-written, and the uploads of sessions the host's stop ended.</summary>
    public void RemoveLeftovers()
    {
        foreach (var folder in new[] { Datasets, Models })
        {
            foreach (var partial in Directory.EnumerateDirectories(folder, PartialPrefix + "*"))
            {
                Directory.Delete(partial, recursive: true);
            }
        }
        // A session's upload outlives it only when the host stopped first: nobody can import it any more.
        foreach (var upload in Directory.EnumerateDirectories(Uploads))
        {
            Directory.Delete(upload, recursive: true);
        }
    }
}
