using ShopperSpectrum.Synthetic;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>The built-in demo data set: generated from a fixed seed on first use and kept in the temp folder.</summary>
internal static class DemoData
{
    private static readonly GeneratorOptions Options = new() { Lines = 200_000, Seed = 42, Layout = TransactionLayout.Uci };

    public static string EnsureFile(IAnsiConsole console)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shopper-spectrum-demo-{Options.Lines}-{Options.Seed}.csv");
        if (!File.Exists(path))
        {
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            TransactionGenerator.WriteFile(Options, temporary);
            File.Move(temporary, path, overwrite: true);
        }
        console.MarkupLine($"No file given: analysing the built-in demo data set ({Options.Lines:N0} generated lines, seed {Options.Seed}). Give a file to analyse your own.");
        return path;
    }
}
