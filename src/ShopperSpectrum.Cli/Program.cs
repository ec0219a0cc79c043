using ShopperSpectrum.Cli;
using Spectre.Console;

return SpectrumCli.Run(args, AnsiConsole.Console, Console.Error);
