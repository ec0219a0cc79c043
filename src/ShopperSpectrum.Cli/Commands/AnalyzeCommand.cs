using System.CommandLine;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Cli.Rendering;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum analyze FILE`: clean, RFM, segments, clusters and the default recommender, written to a model directory.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var file = new Argument<string?>("file")
        {
            Description = "Transactions file (CSV, CSV.gz, XLSX, Parquet). Without one, the built-in demo data set is analysed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string>("--out", "-o") { Description = "Directory for customers.csv, segments.csv and the model.", DefaultValueFactory = _ => "out" };
        var json = new Option<string?>("--json") { Description = "Also write the summary as JSON to this file." };
        var skipRecommender = new Option<bool>("--no-recommender") { Description = "Only segment: skip fitting the recommender (recommender.bin) into the model directory." };
        var holdout = ImportOptionSet.HoldoutDays("Days at the end of the data the recommender's blend is tuned on.");
        var options = new AnalysisOptionSet();
        var command = new Command("analyze", "Read and clean a transactions file, segment its customers by RFM and K-Means, and fit the default recommender.")
        {
            file, output, json, skipRecommender, holdout,
        };
        options.AddTo(command);
        command.SetAction(parse => CommandErrors.Guard(error, () =>
        {
            var analysisOptions = options.Read(parse) with
            {
                FitRecommender = !parse.GetValue(skipRecommender),
                HoldoutDays = ImportOptionSet.CheckHoldout(parse.GetValue(holdout)),
            };
            var path = parse.GetValue(file);
            using var demo = path is null ? DemoData.Create(console) : null;
            var analysis = AnalysisProgress.Run(console, path ?? demo!.Path, analysisOptions);
            var outDirectory = parse.GetValue(output)!;
            var jsonPath = parse.GetValue(json);
            // The files are written while the tables print.
            var written = Task.Run(() =>
            {
                AnalysisExport.Write(analysis, outDirectory);
                if (jsonPath is not null)
                {
                    AnalysisExport.WriteSummary(analysis, jsonPath);
                }
            });
            AnalysisView.Render(console, analysis, outDirectory, jsonPath, written);
            return 0;
        }));
        return command;
    }
}
