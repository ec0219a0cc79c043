using System.Numerics;

namespace ShopperSpectrum.Synthetic;

/// <summary>
/// xoshiro256** seeded through SplitMix64: its own implementation so that the stream of numbers never depends on
/// the runtime version or machine, unlike <see cref="Random"/>.
/// </summary>
internal sealed class Rng
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public Rng(ulong seed)
    {
        var x = seed;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>Advances a SplitMix64 state and returns its next output.</summary>
    public static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform double in [0, 1) from a stateless hash of the given keys.</summary>
    public static double HashUnit(ulong seed, long key, int salt)
    {
        var state = seed ^ ((ulong)key * 0xD1B54A32D192ED03UL) ^ ((ulong)salt * 0x8CB92BA72F3D8DD7UL);
        return (SplitMix(ref state) >> 11) * UnitScale;
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>A uniform integer in [0, count).</summary>
    public int Next(int count) => (int)((NextUInt64() >> 32) * (ulong)count >> 32);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => NextDouble() < probability;
}
