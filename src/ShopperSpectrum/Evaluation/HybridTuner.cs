using System.Numerics.Tensors;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Evaluation;

/// <summary>Chooses a hybrid's weights by coordinate ascent on NDCG@k over a validation split (never the test window).</summary>
public static class HybridTuner
{
    /// <summary>The weights each strategy may take.</summary>
    private static readonly double[] Steps = [0, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3];
    private const int MaxPasses = 4;

    /// <summary>Fits every candidate on the validation training window, then starts from the best single one and tries each weight step in turn while NDCG@k improves.</summary>
    public static HybridTuning Tune(TemporalSplit validation, IReadOnlyList<IRecommender> candidates, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count, nameof(candidates));
        ArgumentOutOfRangeException.ThrowIfZero(validation.Customers.Count, nameof(validation));
        var scores = candidates.Select(c => NormalisedScores(validation, c.Fit(validation.Train))).ToArray();

        double Ndcg(double[] weights) => MeanNdcg(validation, scores, weights, k);
        var single = Enumerable.Range(0, candidates.Count).Select(s => Ndcg(Unit(candidates.Count, s))).ToArray();
        var first = Array.IndexOf(single, single.Max());
        var (weights, best) = (Unit(candidates.Count, first), single[first]);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var improved = false;
            for (var s = 0; s < candidates.Count; s++)
            {
                foreach (var step in Steps)
                {
                    var trial = (double[])weights.Clone();
                    trial[s] = step;
                    if (step == weights[s] || trial.All(w => w == 0))
                    {
                        continue;
                    }
                    var ndcg = Ndcg(trial);
                    if (ndcg > best + 1e-6)
                    {
                        (weights, best, improved) = (trial, ndcg, true);
                    }
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

    private static double MeanNdcg(TemporalSplit validation, float[][] scores, double[] weights, int k)
    {
        var products = validation.Train.ProductCount;
        var ndcg = new double[validation.Customers.Count];
        Parallel.For(0, ndcg.Length, () => (Blend: new float[products], List: new int[k]), (i, _, buffers) =>
        {
            var customer = validation.Customers[i];
            buffers.Blend.AsSpan().Clear();
            for (var s = 0; s < scores.Length; s++)
            {
                if (weights[s] != 0)
                {
                    TensorPrimitives.MultiplyAdd(scores[s].AsSpan(i * products, products), (float)weights[s], buffers.Blend, buffers.Blend);
                }
            }
            var length = TopN.Select(buffers.Blend, validation.Train.Bought.RowIndices(customer.Customer), buffers.List);
            ndcg[i] = RankingMetrics.Score(buffers.List.AsSpan(0, length), customer.Relevant.Span, k).Ndcg;
            return buffers;
        }, _ => { });
        return ndcg.Sum() / ndcg.Length;
    }

    private static double[] Unit(int length, int index)
    {
        var unit = new double[length];
        unit[index] = 1;
        return unit;
    }
}
