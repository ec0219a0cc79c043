using ShopperSpectrum.Synthetic;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>The built-in demo data set: generated from a fixed seed into a temporary file that is removed when disposed.</summary>
internal sealed class DemoData : IDisposable
{
    private static readonly GeneratorOptions Options = DemoDataSet.Options;

    private DemoData(string path) => Path = path;

    public string Path { get; }

    public static DemoData Create(IAnsiConsole console)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"shopper-spectrum-demo-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        TransactionGenerator.WriteFile(Options, path);
        console.MarkupLine($"No file given: analysing the built-in demo data set ({Options.Lines:N0} generated lines, seed {Options.Seed}). Give a file to analyse your own.");
        return new DemoData(path);
    }

    public void Dispose() => File.Delete(Path);
}
