using System.CommandLine;
using ShopperSpectrum.Cli.Rendering;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Workspace;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum train FILE --out DIR`: fits the shop-facing hybrid on every transaction and saves it as recommender.bin.</summary>
internal static class TrainCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "Transactions file (CSV, CSV.gz, XLSX, Parquet)." };
        var output = new Option<string>("--out", "-o") { Description = "Model directory to write recommender.bin to.", DefaultValueFactory = _ => "out" };
        var holdout = ImportOptionSet.HoldoutDays("Days at the end of the data the blend's weights are tuned on.");
        var import = new ImportOptionSet();
        var command = new Command("train", "Fit the default recommender (the tuned hybrid) on all transactions and save it to a model directory.") { file, output, holdout };
        import.AddTo(command);
        command.SetAction(parse => CommandErrors.Guard(error, () =>
        {
            var days = ImportOptionSet.CheckHoldout(parse.GetValue(holdout));
            using var workspace = SpectrumWorkspace.Open();
            workspace.Import(parse.GetValue(file)!, import.Read(parse));
            var directory = parse.GetValue(output)!;
            var trained = ShopRecommenderTrainer.TrainAndSave(workspace, directory, holdoutDays: days);
            RecommendationView.RenderTraining(console, trained, directory);
            return 0;
        }));
        return command;
    }
}
