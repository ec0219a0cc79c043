using AngleSharp.Dom;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Reporting;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests.Reporting;

/// <summary>One report of the real online_retail.csv, built once for every test that reads it (the evaluation alone takes ~13 s).</summary>
public sealed class OnlineRetailReport : IDisposable
{
    private readonly SpectrumWorkspace workspace = SpectrumWorkspace.Open();

    public OnlineRetailReport()
    {
        Analysis = Analyzer.Run(workspace, SharedData.OnlineRetail);
        Overview = workspace.Overview();
        Evaluation = Evaluator.Run(workspace);
        Document = ShopReport.Compose(Analysis, Overview, Evaluation);
        Html = ShopReport.ToHtml(Document);
        Dom = HtmlDocument.Parse(Html);
    }

    public AnalysisResult Analysis { get; }

    public ShopOverview Overview { get; }

    public EvaluationReport Evaluation { get; }

    public ReportDocument Document { get; }

    public string Html { get; }

    internal IDocument Dom { get; }

    public void Dispose() => workspace.Dispose();
}
