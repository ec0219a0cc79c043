namespace ShopperSpectrum.Synthetic;

/// <summary>The built-in demo data set every host starts from when the user gives no file: a generated shop from a fixed seed.</summary>
public static class DemoDataSet
{
    /// <summary>The generator settings of the demo data set (200,000 UCI-layout lines, seed 42).</summary>
    public static GeneratorOptions Options { get; } = new() { Lines = 200_000, Seed = 42, Layout = TransactionLayout.Uci };
}
