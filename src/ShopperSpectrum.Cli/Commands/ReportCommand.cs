using System.CommandLine;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Cli.Rendering;
using ShopperSpectrum.Reporting;
using ShopperSpectrum.Workspace;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum report FILE -o report.html`: the whole analysis as one self-contained HTML page a shop can open and share.</summary>
internal static class ReportCommand
{
    private static readonly IReadOnlyDictionary<ReportStage, string> StageNames = new Dictionary<ReportStage, string>
    {
        [ReportStage.Overview] = "Summarising the shop",
        [ReportStage.Evaluation] = "Evaluating recommenders",
    };

    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "Transactions file (CSV, CSV.gz, XLSX, Parquet)." };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write.", DefaultValueFactory = _ => "report.html" };
        var holdout = ImportOptionSet.HoldoutDays("Days at the end of the data the recommenders are tested on.");
        var options = new AnalysisOptionSet();
        var command = new Command("report", "Write the analysis as one self-contained HTML report: cleaning, exploration, RFM, clusters, recommenders, next steps.")
        {
            file, output, holdout,
        };
        options.AddTo(command);
        command.SetAction(parse => CommandErrors.Guard(error, () =>
        {
            var days = ImportOptionSet.CheckHoldout(parse.GetValue(holdout));
            var analysisOptions = options.Read(parse);
            var path = parse.GetValue(output)!;
            if (Directory.Exists(path))
            {
                throw new ArgumentException($"--out {path} is a folder; give a file name such as {Path.Combine(path, "report.html")}.");
            }
            var reportOptions = new ReportOptions { HoldoutDays = days, GeneratedAt = TimeProvider.System.GetLocalNow() };
            var document = StageProgress.Run(console, [.. AnalysisProgress.Stages(analysisOptions), .. StageNames.Values], start =>
            {
                using var workspace = SpectrumWorkspace.Open();
                var analysis = Analyzer.Run(workspace, parse.GetValue(file)!, analysisOptions, stage => start(AnalysisProgress.Name(stage)));
                return ShopReport.Build(workspace, analysis, reportOptions, stage => start(StageNames[stage]));
            });
            ShopReport.Write(document, path);
            var figures = document.Sections.Sum(s => s.Blocks.Count(b => b is ReportFigure));
            console.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]: {document.Sections.Count} sections, {figures} charts, {new FileInfo(path).Length / 1024:N0} KB.");
            return 0;
        }));
        return command;
    }
}
