using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ShopperSpectrum.Synthetic;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum generate`: writes a deterministic synthetic transaction file.</summary>
internal static class GenerateCommand
{
    private const int UsageError = 2;

    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write; gzip-compressed when it ends in .gz.",
            Required = true,
        };
        var lines = new Option<long>("--lines")
        {
            Description = "The number of data lines.",
            DefaultValueFactory = _ => 100_000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed; the same options always give the same bytes.",
            DefaultValueFactory = _ => 42,
        };
        var layout = new Option<string>("--layout")
        {
            Description = "The file layout: uci, shopify or canonical.",
            DefaultValueFactory = _ => "uci",
        };
        var customers = new Option<int?>("--customers") { Description = "The number of customers (default: lines / 25)." };
        var products = new Option<int?>("--products") { Description = "The catalogue size (default: derived from lines)." };

        var command = new Command("generate", "Write a synthetic transaction log with realistic customers, baskets and dirty lines.");
        command.Options.Add(output);
        command.Options.Add(lines);
        command.Options.Add(seed);
        command.Options.Add(layout);
        command.Options.Add(customers);
        command.Options.Add(products);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!TryParseLayout(parseResult.GetValue(layout), out var parsedLayout))
            {
                error.WriteLine($"error: unknown layout '{parseResult.GetValue(layout)}' (expected uci, shopify or canonical)");
                return UsageError;
            }

            var options = new GeneratorOptions
            {
                Lines = parseResult.GetValue(lines),
                Seed = parseResult.GetValue(seed),
                Layout = parsedLayout,
                Customers = parseResult.GetValue(customers),
                Products = parseResult.GetValue(products),
            };
            return Run(options, parseResult.GetRequiredValue(output), parseResult.InvocationConfiguration.Output, error);
        });
        return command;
    }

    internal static int Run(GeneratorOptions options, string path, TextWriter output, TextWriter error)
    {
        if (options.Lines <= 0)
        {
            error.WriteLine("error: --lines must be greater than 0");
            return UsageError;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            TransactionGenerator.WriteFile(options, path);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {FirstLine(ex.Message)}");
            return UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine($"error: cannot write '{path}': {FirstLine(ex.Message)}");
            return UsageError;
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {options.Lines:N0} lines to {path} in {seconds:F2} s ({options.Lines / Math.Max(seconds, 1e-9):N0} lines/s)"));
        return 0;
    }

    private static bool TryParseLayout(string? value, out TransactionLayout layout)
    {
        layout = TransactionLayout.Uci;
        return value is not null
            && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && Enum.TryParse(value, ignoreCase: true, out layout)
            && Enum.IsDefined(layout);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
