using System.Numerics.Tensors;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Evaluation;

/// <summary>Chooses a hybrid's weights by coordinate ascent on NDCG@k over a validation split (never the test window).</summary>
public static class HybridTuner
{
    /// <summary>The weights each strategy may take.</summary>
    private static readonly double[] Steps = [0, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3];
    private const int MaxPasses = 4;

    /// <summary>Fits every candidate on the validation training window, then starts from the best single one and tries each weight step in turn while NDCG@k improves; with no customer to judge on, every candidate gets weight 1.</summary>
    public static HybridTuning Tune(TemporalSplit validation, IReadOnlyList<IRecommender> candidates, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count, nameof(candidates));
        if (validation.Customers.Count == 0)
        {
            // Too little history before the training data ends to judge a blend on: every strategy counts the same.
            return new HybridTuning([.. candidates.Select(c => new WeightedStrategy(c, 1))], double.NaN, new Dictionary<string, double>());
        }
        var scores = candidates.Select(c => NormalisedScores(validation, c.Fit(validation.Train))).ToArray();
        var single = scores.Select(s => MeanNdcgs(validation, s, null, [0], k)[0]).ToArray();
        var first = Array.IndexOf(single, single.Max());
        var weights = new double[candidates.Count];
        weights[first] = 1;
        // The blend so far, customer after customer; a trial changes one weight, so it costs one multiply-add per score.
        var blend = (float[])scores[first].Clone();
        var best = single[first];
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var improved = false;
            for (var s = 0; s < candidates.Count; s++)
            {
                var (bestStep, bestNdcg) = (weights[s], best);
                var steps = Steps.Where(step => step != weights[s] && (step > 0 || weights.Where((w, i) => i != s).Any(w => w > 0))).ToArray();
                var ndcgs = MeanNdcgs(validation, blend, scores[s], [.. steps.Select(step => (float)(step - weights[s]))], k);
                for (var t = 0; t < steps.Length; t++)
                {
                    if (ndcgs[t] > bestNdcg + 1e-6)
                    {
                        (bestStep, bestNdcg) = (steps[t], ndcgs[t]);
                    }
                }
                if (bestStep != weights[s])
                {
                    TensorPrimitives.MultiplyAdd(scores[s], (float)(bestStep - weights[s]), blend, blend);
                    (weights[s], best, improved) = (bestStep, bestNdcg, true);
                }
            }
            if (!improved)
            {
                break;
            }
        }
        return new HybridTuning(
            [.. candidates.Select((c, i) => new WeightedStrategy(c, weights[i])).Where(w => w.Weight > 0)],
            best,
            candidates.Select((c, i) => (c.Name, single[i])).ToDictionary(p => p.Name, p => p.Item2));
    }

    /// <summary>Each evaluated customer's min–max normalised scores, customer after customer.</summary>
    private static float[] NormalisedScores(TemporalSplit validation, IRecommenderModel model)
    {
        var products = validation.Train.ProductCount;
        var scores = new float[validation.Customers.Count * products];
        Parallel.For(0, validation.Customers.Count, i =>
        {
            var row = scores.AsSpan(i * products, products);
            model.Score(validation.Customers[i].Customer, row);
            HybridModel.Normalise(row);
        });
        return scores;
    }

    /// <summary>
    /// Mean NDCG@k of the lists ranked by <paramref name="blend"/> + delta × <paramref name="change"/>, for each of
    /// <paramref name="deltas"/> (by <paramref name="blend"/> alone when <paramref name="change"/> is null).
    /// </summary>
    /// <remarks>
    /// Every trial of a customer runs while their two rows are in cache, and most products are ruled out once for all trials.
    /// The blend's own top k are not bought, so the worst of them at a trial's δ, floor(δ), bounds the k-th best score from
    /// below. floor is a minimum of lines in δ, so a product's score minus floor is convex in δ: a product under floor at the
    /// smallest and the largest δ tried is under it at every δ between. One pass finds the products over it at either end;
    /// each trial ranks only those.
    /// </remarks>
    private static double[] MeanNdcgs(TemporalSplit validation, float[] blend, float[]? change, float[] deltas, int k)
    {
        var products = validation.Train.ProductCount;
        var customers = validation.Customers.Count;
        var ndcg = new double[deltas.Length * customers];
        var (low, high) = (deltas.Min(), deltas.Max());
        Parallel.For(0, customers, () => (Scratch: new float[products], Candidates: new int[products], List: new int[k]), (i, _, buffers) =>
        {
            var customer = validation.Customers[i];
            var row = blend.AsSpan(i * products, products);
            var bought = validation.Train.Bought.RowIndices(customer.Customer);
            var seeds = buffers.List.AsSpan(0, TopN.Select(row, bought, buffers.List));
            if (change is null)
            {
                ndcg[i] = RankingMetrics.Score(seeds, customer.Relevant.Span, k).Ndcg;
                return buffers;
            }
            var changed = change.AsSpan(i * products, products);
            var candidates = buffers.Candidates.AsSpan(0, TopN.Reaching(row, changed,
                (low, Floor(row, changed, low, seeds, k)), (high, Floor(row, changed, high, seeds, k)), bought, buffers.Candidates));
            for (var t = 0; t < deltas.Length; t++)
            {
                var length = TopN.SelectAmong(candidates, row, changed, deltas[t], buffers.List, buffers.Scratch);
                ndcg[t * customers + i] = RankingMetrics.Score(buffers.List.AsSpan(0, length), customer.Relevant.Span, k).Ndcg;
            }
            return buffers;
        }, _ => { });
        // Summed customer after customer, so the means do not depend on scheduling.
        var means = new double[deltas.Length];
        for (var t = 0; t < deltas.Length; t++)
        {
            var sum = 0.0;
            foreach (var value in ndcg.AsSpan(t * customers, customers))
            {
                sum += value;
            }
            means[t] = sum / customers;
        }
        return means;
    }

    /// <summary>
    /// A little under the lowest score among the blend's top k (none of them bought) at <paramref name="delta"/>, or −∞ when
    /// there are fewer than k; the margin covers float rounding between δ values.
    /// </summary>
    private static float Floor(ReadOnlySpan<float> blend, ReadOnlySpan<float> change, float delta, ReadOnlySpan<int> seeds, int k)
    {
        if (seeds.Length < k)
        {
            return float.NegativeInfinity;
        }
        var floor = float.PositiveInfinity;
        foreach (var product in seeds)
        {
            floor = Math.Min(floor, blend[product] + change[product] * delta);
        }
        return float.IsFinite(floor) ? floor - 1e-4f * (1 + Math.Abs(floor)) : float.NegativeInfinity;
    }
}
