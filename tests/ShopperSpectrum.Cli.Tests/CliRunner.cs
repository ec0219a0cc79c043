using Spectre.Console;

namespace ShopperSpectrum.Cli.Tests;

/// <summary>Runs the `spectrum` command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static Outcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        var code = SpectrumCli.Run(args, console, error);
        return new Outcome(code, output.ToString(), error.ToString());
    }
}
