using BenchmarkDotNet.Attributes;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Benchmarks;

/// <summary>Fitting one strategy of `spectrum evaluate`'s table on online_retail.csv's training window (the last 30 days held out).</summary>
public class FitBenchmarks
{
    private SpectrumWorkspace workspace = null!;
    private DateTime cutoff;
    private InteractionData train = null!;
    private IRecommender strategy = null!;

    [Params("ease", "als", "svd", "item_knn", "user_knn", "item_cosine")]
    public string Strategy { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        workspace = SpectrumWorkspace.Open();
        workspace.Import(SharedFiles.OnlineRetail);
        cutoff = TemporalSplit.Create(workspace).Cutoff;
        strategy = Strategy switch
        {
            "ease" => new EaseRecommender(),
            "als" => new AlsRecommender(),
            "svd" => new SvdRecommender(),
            "item_knn" => new ItemKnnRecommender(),
            "user_knn" => new UserKnnRecommender(data => WindowSegments.Of(workspace, data).OfCustomer, segmentsAtMost: WindowSegments.Clusters),
            _ => new ItemCosineRecommender(),
        };
    }

    /// <summary>The training window loaded afresh: EASE keeps its fit per data set, which a second fit on the same data would reuse.</summary>
    [IterationSetup]
    public void Load() => train = workspace.LoadInteractions(cutoff);

    [GlobalCleanup]
    public void Cleanup() => workspace.Dispose();

    [Benchmark(Description = "Fit on the training window")]
    public IRecommenderModel Fit() => strategy.Fit(train);
}
