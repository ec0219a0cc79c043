using System.Diagnostics;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Models;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Training;

/// <summary>
/// One training, start to finish: segments the dataset's customers, fits the shop-facing recommender, judges every strategy on the
/// temporal holdout, and stores the result as a new model version that becomes visible only when every file of it is written.
/// </summary>
internal sealed class TrainingJob(DatasetStore datasets, ModelStore models, TimeProvider time)
{
    public delegate void Progress(string stage, double done);

    public ServedModel Run(string runId, Dataset dataset, TrainingSettings settings, int cachedLists, Progress report)
    {
        using var workspace = datasets.Open(dataset);

        report("segmenting customers", 0.02);
        var clock = Stopwatch.StartNew();
        var rfm = workspace.ComputeRfm();
        var rfmTime = clock.Elapsed;
        var segmentation = Segmenter.Fit(rfm, new SegmenterOptions { Clusters = settings.Clusters });
        var analysis = new AnalysisResult(dataset.Import, rfm, segmentation,
            [new StageTiming(AnalysisStage.Rfm, rfmTime), new StageTiming(AnalysisStage.Segmentation, clock.Elapsed - rfmTime)]);

        report("training the recommender", 0.1);
        var trained = ShopRecommenderTrainer.Train(workspace, time, settings.HoldoutDays);

        EvaluationReport? evaluation = null;
        if (settings.Evaluate)
        {
            report("evaluating every strategy on the holdout", 0.5);
            evaluation = Evaluator.Run(workspace, settings.HoldoutDays);
        }

        report("saving the model version", 0.95);
        var snapshot = AnalysisSnapshot.From(analysis);
        var (version, folder) = models.Reserve();
        var recommender = trained.Recommender;
        var info = new ModelInfo(version, dataset.Id, dataset.FileName, runId, time.GetUtcNow().UtcDateTime, rfm.AsOf,
            rfm.Customers.Count, recommender.Data.ProductCount, segmentation.Model.Clusters.K, settings.HoldoutDays,
            recommender.Manifest.Blend, recommender.Manifest.DataFingerprint,
            evaluation?.Strategies.FirstOrDefault(s => s.Name == evaluation.DefaultStrategy)?.NdcgAtK);
        try
        {
            AnalysisExport.Write(analysis, folder);
            JsonFile.Write(Path.Combine(folder, AnalysisSnapshot.FileName), snapshot, SpectrumJsonContext.Default.AnalysisSnapshot);
            RecommenderStore.Save(recommender, folder);
            if (evaluation is not null)
            {
                EvaluationExport.WriteJson(evaluation, Path.Combine(folder, ModelStore.EvaluationFile));
            }
            JsonFile.Write(Path.Combine(folder, ModelStore.InfoFile), info, SpectrumJsonContext.Default.ModelInfo);
            models.Commit(version);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
        return new ServedModel(info, snapshot, segmentation.Model, recommender, evaluation, cachedLists);
    }
}
