using BenchmarkDotNet.Attributes;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Benchmarks;

/// <summary>The stages of `spectrum analyze` after the import, on the 4,338 customers of online_retail.csv.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private RfmTable rfm = null!;
    private double[] features = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var workspace = SpectrumWorkspace.Open();
        workspace.Import(SharedFiles.OnlineRetail);
        rfm = workspace.ComputeRfm();
        var raw = rfm.ToMatrix();
        features = FeatureScaler.Fit(raw, 3).Transform(raw, 3);
    }

    [Benchmark(Baseline = true, Description = "K-Means k=2..10, 10 restarts, exact silhouettes")]
    public ClusterSearchResult ClusterSearchAllK() => ClusterSearch.Run(features, 3, 2, 10, new KMeansOptions());

    [Benchmark(Description = "Whole segmentation (scores, segments, clusters, labels)")]
    public SegmentationResult Segment() => Segmenter.Fit(rfm);
}
