using BenchmarkDotNet.Attributes;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Benchmarks;

/// <summary>Reading, cleaning and aggregating online_retail.csv (541,909 lines) in DuckDB.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private SpectrumWorkspace workspace = null!;

    [GlobalSetup]
    public void Setup() => workspace = SpectrumWorkspace.Open();

    [GlobalCleanup]
    public void Cleanup() => workspace.Dispose();

    [Benchmark(Baseline = true, Description = "Import + clean online_retail.csv")]
    public ImportResult Import() => workspace.Import(SharedFiles.OnlineRetail);

    [Benchmark(Description = "Import + clean + RFM")]
    public RfmTable ImportAndRfm()
    {
        workspace.Import(SharedFiles.OnlineRetail);
        return workspace.ComputeRfm();
    }
}
