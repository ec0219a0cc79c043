using System.Diagnostics;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Analysis;

/// <summary>
/// Fits the shop-facing default as <see cref="ShopRecommenderTrainer"/> does (the hybrid of <see cref="StrategyCatalog.Blendable"/>,
/// its weights tuned on the last days before the data ends, then fitted on every transaction), but tunes the weights on a
/// seeded sample of the validation customers when judging all of them would not fit in <see cref="TuningSample.BudgetBytes"/>, and
/// fits the strategies it tunes on a share of the customers when there are more than <see cref="MaxTuningCustomers"/>.
/// </summary>
/// <remarks>The tuner keeps every judged customer's normalised scores for every product and strategy, so its memory is
/// customers × products × strategies × 4 bytes: 25 GB for the 10M-line generated log and 10 TB at 100M lines, unsampled.
/// Below both bounds the split, the weights and the model are exactly <see cref="ShopRecommenderTrainer"/>'s.</remarks>
internal static class BudgetedRecommenderTrainer
{
    /// <summary>
    /// The most customers the blend is tuned on: above it, every strategy is fitted for tuning on a hash-chosen share of the
    /// customers (their whole history before the validation window), a smaller shop with the same habits, so tuning costs
    /// the same at any size and only the final fit grows with the data.
    /// </summary>
    public const int MaxTuningCustomers = 100_000;

    public static TrainedRecommender Train(SpectrumWorkspace workspace, int holdoutDays, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(holdoutDays, 1);
        time ??= TimeProvider.System;
        var started = Stopwatch.GetTimestamp();
        var data = Step("load interactions", () => workspace.LoadInteractions());
        var candidates = TracedRecommender.All(StrategyCatalog.Blendable(workspace));
        var cutoff = data.AsOf.AddDays(-holdoutDays);
        var share = Math.Min(1, (double)MaxTuningCustomers / data.CustomerCount);
        var validationTrain = Step("load the validation window's interactions", () => workspace.LoadInteractions(cutoff, share));
        var maxCustomers = TuningSample.MaxJudgedCustomers(validationTrain.ProductCount, candidates.Count);
        var pairs = Step("load and sample the validation pairs", () => TuningSample.Sample(workspace.LoadPurchasedPairs(cutoff, data.AsOf), maxCustomers, TuningSample.Seed));
        var tuning = Step("tune the blend", () => HybridTuner.Tune(TemporalSplit.Create(validationTrain, pairs, holdoutDays), candidates));
        var model = Step("fit the blend on every transaction", () => new HybridRecommender(tuning.Weights).Fit(data));
        var manifest = new RecommenderManifest(
            time.GetUtcNow().UtcDateTime,
            DataFingerprint.Of(data),
            [.. tuning.Weights.Select(w => new BlendWeight(w.Strategy.Name, w.Weight))]);
        var recommender = Step("rank every customer's shortlist", () => new ShopRecommender(data, model, manifest));
        return new TrainedRecommender(recommender, tuning, Stopwatch.GetElapsedTime(started));
    }

    private static T Step<T>(string what, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        var result = work();
        TracedRecommender.Write(what, Stopwatch.GetElapsedTime(started));
        return result;
    }
}
