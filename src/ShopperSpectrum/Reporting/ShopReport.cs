using System.Text;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Reporting.Html;
using ShopperSpectrum.Reporting.Sections;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Reporting;

/// <summary>The analysis report a shop reads and shares: data and cleaning, exploration, RFM, clusters, recommenders and what to do next.</summary>
public static class ShopReport
{
    /// <summary>Builds the report for a workspace and the analysis of the transactions it holds, aggregating the overview and evaluating every recommender.</summary>
    public static ReportDocument Build(SpectrumWorkspace workspace, AnalysisResult analysis, ReportOptions? options = null, Action<ReportStage>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new ReportOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HoldoutDays, 1);
        starting?.Invoke(ReportStage.Overview);
        var overview = workspace.Overview(options.TopProducts);
        starting?.Invoke(ReportStage.Evaluation);
        EvaluationReport? evaluation = null;
        string? problem = null;
        try
        {
            evaluation = Evaluator.Run(workspace, options.HoldoutDays);
        }
        catch (ArgumentException e)
        {
            // Too little data for a holdout is a finding of the report, not a reason to withhold the rest of it.
            problem = e.Message;
        }
        return Compose(analysis, overview, evaluation, problem, options);
    }

    /// <summary>Builds the report from results already computed; <paramref name="evaluationProblem"/> says why there is no evaluation when it is null.</summary>
    public static ReportDocument Compose(AnalysisResult analysis, ShopOverview overview, EvaluationReport? evaluation, string? evaluationProblem = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(overview);
        options ??= new ReportOptions();
        var import = analysis.Import;
        var subtitle = $"{import.Layout} · {overview.FirstTimestamp:d MMM yyyy} to {overview.LastTimestamp:d MMM yyyy} · " +
            $"{NumberText.Integer(overview.Customers)} customers · RFM as of {analysis.Rfm.AsOf:yyyy-MM-dd}";
        var footer = $"Made by Shopper Spectrum from the clean lines of {import.FileName}" +
            (options.GeneratedAt is { } at ? $" on {at:yyyy-MM-dd HH:mm}." : ".") +
            " Revenue is net of discounts where the file records them, in the file's own currency.";
        return new ReportDocument($"Customer and product report: {import.FileName}", subtitle,
        [
            DataSection.Build(analysis, overview),
            ExplorationSection.Build(overview, analysis.Rfm, options.TopCountries),
            RfmSection.Build(analysis),
            ClusterSection.Build(analysis),
            RecommendationSection.Build(evaluation, evaluationProblem ?? "no evaluation was run."),
            NextStepsSection.Build(analysis),
        ], footer);
    }

    /// <summary>The report as one self-contained HTML page: inline CSS and SVG charts, no script and no external resource.</summary>
    public static string ToHtml(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return HtmlReportRenderer.Render(document);
    }

    /// <summary>Builds the report for a workspace and its analysis and returns it as HTML, as a download would serve it.</summary>
    public static string Html(SpectrumWorkspace workspace, AnalysisResult analysis, ReportOptions? options = null) =>
        ToHtml(Build(workspace, analysis, options));

    /// <summary>Writes the report as HTML (UTF-8) to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(ReportDocument document, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, ToHtml(document), new UTF8Encoding(false));
    }
}
