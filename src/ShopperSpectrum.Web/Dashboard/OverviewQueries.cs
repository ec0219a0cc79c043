using System.Collections.Concurrent;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The overview of a model version's dataset, aggregated in its DuckDB database once and kept per version.</summary>
internal sealed class OverviewQueries(DatasetStore datasets)
{
    private readonly ConcurrentDictionary<int, Lazy<Task<OverviewView?>>> cache = new();

    /// <summary>The overview, or null when the dataset the model was trained on has been deleted.</summary>
    public Task<OverviewView?> For(ServedModel model) =>
        cache.GetOrAdd(model.Info.Version, _ => new Lazy<Task<OverviewView?>>(() => Task.Run(() => Compute(model)))).Value;

    private OverviewView? Compute(ServedModel model)
    {
        if (datasets.Find(model.Info.DatasetId) is not { } dataset)
        {
            return null;
        }
        using var workspace = datasets.Open(dataset);
        return new OverviewView(model.Info.Version, dataset.FileName, workspace.Overview(), dataset.Import);
    }
}
