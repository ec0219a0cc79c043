using BenchmarkDotNet.Attributes;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Benchmarks;

/// <summary>Serving from a loaded model: one customer's top 10 with reasons, and one product's similar products.</summary>
[MemoryDiagnoser]
public class RecommendBenchmarks
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "spectrum-bench-model");
    private ShopRecommender recommender = null!;
    private string[] customers = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        using (var workspace = SpectrumWorkspace.Open())
        {
            workspace.Import(SharedFiles.OnlineRetail);
            ShopRecommenderTrainer.TrainAndSave(workspace, directory);
        }
        recommender = RecommenderStore.Load(directory);
        customers = [.. recommender.Data.CustomerIds];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    [Benchmark(Baseline = true, Description = "Top 10 with reasons, customers in turn (default hybrid)")]
    public IReadOnlyList<ProductRecommendation> Recommend() => recommender.Recommend(customers[next++ % customers.Length]);

    [Benchmark(Description = "Similar products to 85123A")]
    public IReadOnlyList<ProductRecommendation> Similar() => recommender.Similar("85123A");
}
