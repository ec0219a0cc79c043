using System.CommandLine;
using ShopperSpectrum.Cli.Commands;
using Spectre.Console;

namespace ShopperSpectrum.Cli;

/// <summary>The `spectrum` command line: one verb per batch job.</summary>
internal static class SpectrumCli
{
    public static int Run(string[] args, IAnsiConsole console, TextWriter error)
    {
        var root = new RootCommand("Shopper Spectrum: customer segments and product recommendations from a shop's transactions.");
        root.Subcommands.Add(AnalyzeCommand.Create(console, error));
        root.Subcommands.Add(SegmentCommand.Create(console, error));
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create(console, error));
        root.Subcommands.Add(TrainCommand.Create(console, error));
        root.Subcommands.Add(RecommendCommand.Create(console, error));
        root.Subcommands.Add(SimilarCommand.Create(console, error));
        root.Subcommands.Add(ReportCommand.Create(console, error));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = new AnsiWriter(console), Error = error });
    }
}
