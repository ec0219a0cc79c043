using BenchmarkDotNet.Attributes;
using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Benchmarks;

/// <summary>EASE's dense inverse in single precision, at about online_retail.csv's catalogue size.</summary>
public class InversionBenchmarks
{
    private float[] spd = null!;
    private float[] work = null!;

    [Params(1_200, 3_600)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        spd = new float[N * N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                spd[(i * N) + j] = spd[(j * N) + i] = (float)(random.NextDouble() - 0.5);
            }
            spd[(i * N) + i] += N;
        }
        work = new float[N * N];
    }

    [IterationSetup]
    public void Copy() => spd.CopyTo(work, 0);

    [Benchmark(Description = "Cholesky, L⁻ᵀ and VVᵀ")]
    public void Invert() => SymmetricInverse.Invert(work, N);
}
