using System.Diagnostics;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Evaluation;

/// <summary>Fits the shop-facing default, the tuned hybrid of <see cref="StrategyCatalog"/>, on all of a workspace's transactions, and saves it.</summary>
public static class ShopRecommenderTrainer
{
    /// <summary>Tunes the blend on the last <paramref name="holdoutDays"/> days, then fits it on every transaction; <paramref name="time"/> stamps the manifest.</summary>
    public static TrainedRecommender Train(SpectrumWorkspace workspace, TimeProvider? time = null, int holdoutDays = 30)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfLessThan(holdoutDays, 1);
        time ??= TimeProvider.System;
        var started = Stopwatch.GetTimestamp();
        var data = workspace.LoadInteractions();
        var hybrid = StrategyCatalog.Hybrid(workspace, StrategyCatalog.Blendable(workspace), holdoutDays);
        var (model, tuning) = hybrid.FitTuned(data);
        var manifest = new RecommenderManifest(
            time.GetUtcNow().UtcDateTime,
            DataFingerprint.Of(data),
            [.. tuning.Weights.Select(w => new BlendWeight(w.Strategy.Name, w.Weight))]);
        return new TrainedRecommender(new ShopRecommender(data, model, manifest), tuning, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Trains as <see cref="Train"/> and saves the result as <see cref="RecommenderStore.FileName"/> in <paramref name="directory"/>.</summary>
    public static TrainedRecommender TrainAndSave(SpectrumWorkspace workspace, string directory, TimeProvider? time = null, int holdoutDays = 30)
    {
        var trained = Train(workspace, time, holdoutDays);
        RecommenderStore.Save(trained.Recommender, directory);
        return trained;
    }
}
