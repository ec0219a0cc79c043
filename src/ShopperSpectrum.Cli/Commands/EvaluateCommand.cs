using System.CommandLine;
using ShopperSpectrum.Cli.Rendering;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Workspace;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum evaluate FILE`: every recommender on the temporal holdout of EVALUATION.md, in one table.</summary>
internal static class EvaluateCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "Transactions file (CSV, CSV.gz, XLSX, Parquet)." };
        var holdout = ImportOptionSet.HoldoutDays("Days at the end of the data kept for testing.");
        var importOptions = new ImportOptionSet();
        var top = new Option<int>("--top") { Description = "Length of each recommendation list (k).", DefaultValueFactory = _ => 10 };
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON to this file." };
        var command = new Command("evaluate", "Judge every recommender on the last days of a transactions file (temporal holdout).") { file, holdout, top, json };
        importOptions.AddTo(command);
        command.SetAction(parse => CommandErrors.Guard(error, () =>
        {
            var (days, k) = (ImportOptionSet.CheckHoldout(parse.GetValue(holdout)), parse.GetValue(top));
            if (k is < 1 or > 100)
            {
                throw new ArgumentException("--top must be from 1 to 100.");
            }
            using var workspace = SpectrumWorkspace.Open();
            var import = workspace.Import(parse.GetValue(file)!, importOptions.Read(parse));
            var report = Evaluator.Run(workspace, days, k);
            var jsonPath = parse.GetValue(json);
            if (jsonPath is not null)
            {
                EvaluationExport.WriteJson(report, jsonPath);
            }
            EvaluationView.Render(console, import.FileName, report, jsonPath);
            return 0;
        }));
        return command;
    }
}
