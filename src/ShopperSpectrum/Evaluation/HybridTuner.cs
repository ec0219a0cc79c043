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
        var single = scores.Select(s => MeanNdcg(validation, s, null, 0, k)).ToArray();
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
                foreach (var step in Steps.Where(step => step != weights[s] && (step > 0 || weights.Where((w, i) => i != s).Any(w => w > 0))))
                {
                    var ndcg = MeanNdcg(validation, blend, scores[s], (float)(step - weights[s]), k);
                    if (ndcg > bestNdcg + 1e-6)
                    {
                        (bestStep, bestNdcg) = (step, ndcg);
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

    /// <summary>Mean NDCG@k of the lists ranked by <paramref name="blend"/> + <paramref name="delta"/> × <paramref name="change"/>.</summary>
    private static double MeanNdcg(TemporalSplit validation, float[] blend, float[]? change, float delta, int k)
    {
        var products = validation.Train.ProductCount;
        var ndcg = new double[validation.Customers.Count];
        Parallel.For(0, ndcg.Length, () => (Trial: new float[products], List: new int[k]), (i, _, buffers) =>
        {
            var customer = validation.Customers[i];
            var row = blend.AsSpan(i * products, products);
            if (change is null)
            {
                row.CopyTo(buffers.Trial);
            }
            else
            {
                TensorPrimitives.MultiplyAdd(change.AsSpan(i * products, products), delta, row, buffers.Trial);
            }
            var length = TopN.Select(buffers.Trial, validation.Train.Bought.RowIndices(customer.Customer), buffers.List);
            ndcg[i] = RankingMetrics.Score(buffers.List.AsSpan(0, length), customer.Relevant.Span, k).Ndcg;
            return buffers;
        }, _ => { });
        return ndcg.Sum() / ndcg.Length;
    }
}
