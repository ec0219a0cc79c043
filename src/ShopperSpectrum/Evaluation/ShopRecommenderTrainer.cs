using System.Diagnostics;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Evaluation;

/// <summary>
/// Fits the shop-facing default, the hybrid of <see cref="StrategyCatalog.Blendable"/>, on all of a workspace's transactions:
/// its weights are tuned on the last days before the data ends, judged on at most <see cref="TuningSample.BudgetBytes"/> of
/// scores, with the strategies fitted for tuning on a hash-chosen share of the customers when there are more than
/// <see cref="MaxTuningCustomers"/>. Below both bounds the weights are exactly those of <see cref="StrategyCatalog.Hybrid"/>.
/// </summary>
public static class ShopRecommenderTrainer
{
    /// <summary>
    /// The most customers the blend is tuned on: above it, every strategy is fitted for tuning on a hash-chosen share of the
    /// customers (their whole history before the validation window), a smaller shop with the same habits, so tuning costs
    /// the same at any size and only the final fit grows with the data.
    /// </summary>
    public const int MaxTuningCustomers = 100_000;

    /// <summary>Tunes the blend on the last <paramref name="holdoutDays"/> days, then fits it on every transaction; <paramref name="time"/> stamps the manifest.</summary>
    public static TrainedRecommender Train(SpectrumWorkspace workspace, TimeProvider? time = null, int holdoutDays = 30)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfLessThan(holdoutDays, 1);
        time ??= TimeProvider.System;
        var started = Stopwatch.GetTimestamp();
        // Tuning comes first: its fits are garbage before every transaction's interactions load, and the two peaks of memory
        // (DuckDB aggregating every line, the strategies fitted on the tuning share) do not stack.
        var asOf = workspace.DefaultAsOf();
        var tuning = Tune(workspace, TracedRecommender.All(StrategyCatalog.Blendable(workspace)), asOf, holdoutDays);
        // The tuning's fits are garbage now: hand their memory back before DuckDB aggregates every line (100M: peak 7.9 → 7.5 GiB).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var data = Step("load interactions", () => workspace.LoadInteractions(asOf));
        var model = Step("fit the blend on every transaction", () => new HybridRecommender(tuning.Weights).Fit(data));
        var manifest = new RecommenderManifest(
            time.GetUtcNow().UtcDateTime,
            DataFingerprint.Of(data),
            [.. tuning.Weights.Select(w => new BlendWeight(w.Strategy.Name, w.Weight))]);
        var recommender = Step("rank every customer's shortlist", () => new ShopRecommender(data, model, manifest));
        return new TrainedRecommender(recommender, tuning, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Tunes the blend on the validation window before <paramref name="asOf"/>; nothing of the window outlives the call.</summary>
    private static HybridTuning Tune(SpectrumWorkspace workspace, IReadOnlyList<IRecommender> candidates, DateTime asOf, int holdoutDays)
    {
        var share = Math.Min(1, (double)MaxTuningCustomers / workspace.CustomerCount());
        var validation = Step("load the validation window", () => TemporalSplit.Validation(workspace, asOf, holdoutDays, candidates.Count, share));
        return Step("tune the blend", () => HybridTuner.Tune(validation, candidates));
    }

    private static T Step<T>(string what, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        var result = work();
        TracedRecommender.Write(what, Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>Trains as <see cref="Train"/> and saves the result as <see cref="RecommenderStore.FileName"/> in <paramref name="directory"/>.</summary>
    public static TrainedRecommender TrainAndSave(SpectrumWorkspace workspace, string directory, TimeProvider? time = null, int holdoutDays = 30)
    {
        var trained = Train(workspace, time, holdoutDays);
        RecommenderStore.Save(trained.Recommender, directory);
        return trained;
    }
}
