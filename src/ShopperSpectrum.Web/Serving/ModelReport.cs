using ShopperSpectrum.Analysis;
using ShopperSpectrum.Reporting;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Serving;

/// <summary>
/// The shop report for a model version: RFM and the seeded segmentation are recomputed from its dataset's database (a second or two,
/// and the same result training stored), the overview is aggregated there, and the stored evaluation table is reused, since it is
/// by far the costliest part and the only one that depends on the holdout.
/// </summary>
internal static class ModelReport
{
    public static string Html(ServedModel model, Dataset dataset, DatasetStore datasets)
    {
        var info = model.Info;
        using var workspace = datasets.Open(dataset);
        var rfm = workspace.ComputeRfm();
        var segmentation = Segmenter.Fit(rfm, new SegmenterOptions { Clusters = info.Clusters });
        var analysis = new AnalysisResult(dataset.Import, rfm, segmentation, []);
        var options = new ReportOptions { HoldoutDays = info.HoldoutDays, GeneratedAt = new DateTimeOffset(info.CreatedUtc, TimeSpan.Zero) };
        var document = ShopReport.Compose(analysis, workspace.Overview(options.TopProducts), model.Evaluation,
            $"model version {info.Version} was trained without evaluation; train its dataset again with \"evaluate\": true.", options);
        return ShopReport.ToHtml(document);
    }
}
