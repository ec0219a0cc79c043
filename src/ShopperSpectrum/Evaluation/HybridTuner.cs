using System.Numerics.Tensors;
using System.Runtime.ExceptionServices;
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
        var (scores, singleLists) = FittedScores(validation, candidates, k);
        var single = singleLists.Select(lists => MeanNdcg(validation, lists, k)).ToArray();
        var first = Array.IndexOf(single, single.Max());
        var weights = new double[candidates.Count];
        weights[first] = 1;
        // The blend so far, customer after customer, and its lists; a trial changes one weight, so it costs one multiply-add per score.
        var blend = (float[])scores[first].Clone();
        var lists = singleLists[first];
        var best = single[first];
        // The weight changed last: once every other one has been tried again without a gain, trying it again could not gain either.
        var lastChanged = -1;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var improved = false;
            for (var s = 0; s < candidates.Count && !(s == lastChanged && !improved); s++)
            {
                var (bestStep, bestNdcg) = (weights[s], best);
                var steps = Steps.Where(step => step != weights[s] && (step > 0 || weights.Where((w, i) => i != s).Any(w => w > 0))).ToArray();
                var ndcgs = MeanNdcgs(validation, blend, lists, scores[s], [.. steps.Select(step => (float)(step - weights[s]))], k);
                for (var t = 0; t < steps.Length; t++)
                {
                    if (ndcgs[t] > bestNdcg + 1e-6)
                    {
                        (bestStep, bestNdcg) = (steps[t], ndcgs[t]);
                    }
                }
                if (bestStep != weights[s])
                {
                    lists = Shift(validation, blend, scores[s], (float)(bestStep - weights[s]), k);
                    (weights[s], best, improved, lastChanged) = (bestStep, bestNdcg, true, s);
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

    /// <summary>
    /// Each candidate's <see cref="NormalisedScores"/> and top-k lists from its fit on the validation training window, two candidates at a time:
    /// the serial stretches of one fit (building its matrices, small solves, the ends of parallel loops) leave a core idle
    /// that the other's work takes up. More at once would only raise the peak of memory. A candidate's failure is thrown as is.
    /// </summary>
    private static (float[][] Scores, int[][][] Lists) FittedScores(TemporalSplit validation, IReadOnlyList<IRecommender> candidates, int k)
    {
        var (scores, lists) = (new float[candidates.Count][], new int[candidates.Count][][]);
        try
        {
            Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                i => (scores[i], lists[i]) = NormalisedScores(validation, candidates[i].Fit(validation.Train), k));
        }
        catch (AggregateException failed)
        {
            ExceptionDispatchInfo.Throw(failed.Flatten().InnerExceptions[0]);
        }
        return (scores, lists);
    }

    /// <summary>Each evaluated customer's min–max normalised scores, customer after customer, and top k by them (ranked while
    /// the row is still in cache: after, it is read back from memory).</summary>
    private static (float[] Scores, int[][] Lists) NormalisedScores(TemporalSplit validation, IRecommenderModel model, int k)
    {
        var products = validation.Train.ProductCount;
        var scores = new float[validation.Customers.Count * products];
        var lists = new int[validation.Customers.Count][];
        Parallel.For(0, validation.Customers.Count, () => new int[k], (i, _, list) =>
        {
            var row = scores.AsSpan(i * products, products);
            model.Score(validation.Customers[i].Customer, row);
            HybridModel.Normalise(row);
            lists[i] = Top(validation, i, row, list);
            return list;
        }, _ => { });
        return (scores, lists);
    }

    /// <summary>Adds <paramref name="delta"/> × <paramref name="change"/> to <paramref name="blend"/> and returns each evaluated
    /// customer's top k by it, ranked while their row is still in cache.</summary>
    private static int[][] Shift(TemporalSplit validation, float[] blend, float[] change, float delta, int k)
    {
        var products = validation.Train.ProductCount;
        var lists = new int[validation.Customers.Count][];
        Parallel.For(0, lists.Length, () => new int[k], (i, _, list) =>
        {
            var row = blend.AsSpan(i * products, products);
            TensorPrimitives.MultiplyAdd(change.AsSpan(i * products, products), delta, row, row);
            lists[i] = Top(validation, i, row, list);
            return list;
        }, _ => { });
        return lists;
    }

    /// <summary>The <paramref name="i"/>-th evaluated customer's best products by <paramref name="row"/>, never one they bought, as many as <paramref name="list"/> holds.</summary>
    private static int[] Top(TemporalSplit validation, int i, ReadOnlySpan<float> row, int[] list) =>
        list[..TopN.Select(row, validation.Train.Bought.RowIndices(validation.Customers[i].Customer), list)];

    /// <summary>Mean NDCG@k of one list per evaluated customer, summed in customer order.</summary>
    private static double MeanNdcg(TemporalSplit validation, int[][] lists, int k)
    {
        var sum = 0.0;
        for (var i = 0; i < lists.Length; i++)
        {
            sum += RankingMetrics.Score(lists[i], validation.Customers[i].Relevant.Span, k).Ndcg;
        }
        return sum / lists.Length;
    }

    /// <summary>
    /// Mean NDCG@k of the lists ranked by <paramref name="blend"/> + delta × <paramref name="change"/>, for each of
    /// <paramref name="deltas"/>; <paramref name="lists"/> are the blend's own.
    /// </summary>
    /// <remarks>
    /// Every trial of a customer runs while their two rows are in cache, and most products are ruled out once for all trials.
    /// The blend's own top k are not bought, so the worst of them at a trial's δ, floor(δ), bounds the k-th best score from
    /// below. floor is a minimum of lines in δ, so a product's score minus floor is convex in δ: a product under floor at the
    /// smallest and the largest δ tried is under it at every δ between. One pass finds the products over it at either end:
    /// the candidates. NDCG needs only the places the relevant products take in each trial's list, so each trial counts, for
    /// the relevant candidates alone, the candidates ranked above them; a customer with none scores zero at every δ, and one
    /// whose relevant products all stay under both floors is known to have none before the pass.
    /// </remarks>
    private static double[] MeanNdcgs(TemporalSplit validation, float[] blend, int[][] lists, float[] change, float[] deltas, int k)
    {
        var products = validation.Train.ProductCount;
        var customers = validation.Customers.Count;
        var ndcg = new double[deltas.Length * customers];
        var (low, high) = (deltas.Min(), deltas.Max());
        Parallel.For(0, customers, () => new TrialBuffers(products), (i, _, buffers) =>
        {
            var customer = validation.Customers[i];
            var row = blend.AsSpan(i * products, products);
            var changed = change.AsSpan(i * products, products);
            var (lowest, highest) = ((low, Floor(row, changed, low, lists[i], k)), (high, Floor(row, changed, high, lists[i], k)));
            var relevant = customer.Relevant.Span;
            if (!AnyReaches(row, changed, relevant, lowest, highest))
            {
                // None of their products can be a candidate: zero at every δ, known without looking at the others.
                return buffers;
            }
            var candidates = buffers.Candidates.AsSpan(0, TopN.Reaching(row, changed, lowest, highest,
                validation.Train.Bought.RowIndices(customer.Customer), buffers.Candidates));
            var targets = Common(candidates, relevant, buffers.Places);
            if (targets.IsEmpty)
            {
                return buffers;
            }
            var places = buffers.Places.AsSpan(targets.Length, targets.Length);
            var blends = buffers.Blends.AsSpan(0, candidates.Length);
            var changes = buffers.Changes.AsSpan(0, candidates.Length);
            for (var c = 0; c < candidates.Length; c++)
            {
                (blends[c], changes[c]) = (row[candidates[c]], changed[candidates[c]]);
            }
            for (var t = 0; t < deltas.Length; t++)
            {
                TopN.PlacesAmong(candidates, blends, changes, deltas[t], targets, places, buffers.Scratch);
                ndcg[t * customers + i] = RankingMetrics.NdcgOfPlaces(places, relevant.Length, k);
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

    /// <summary>True when one of <paramref name="products"/> (none of them bought) reaches its floor at either δ, judged as
    /// <see cref="TopN.Reaching"/> judges every product.</summary>
    private static bool AnyReaches(ReadOnlySpan<float> blend, ReadOnlySpan<float> change, ReadOnlySpan<int> products,
        (float Delta, float Floor) low, (float Delta, float Floor) high)
    {
        foreach (var product in products)
        {
            if (TopN.Reaches(blend[product], change[product], low, high))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The products in both ascending lists, written ascending to the start of <paramref name="destination"/>.</summary>
    private static Span<int> Common(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> destination)
    {
        var (i, j, count) = (0, 0, 0);
        while (i < first.Length && j < second.Length)
        {
            var order = first[i].CompareTo(second[j]);
            if (order == 0)
            {
                destination[count++] = first[i];
            }
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return destination[..count];
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

    /// <summary>One worker's scratch for <see cref="MeanNdcgs"/>, each as long as the catalogue (places: twice).</summary>
    private sealed class TrialBuffers(int products)
    {
        public int[] Candidates { get; } = new int[products];
        public float[] Blends { get; } = new float[products];
        public float[] Changes { get; } = new float[products];
        public float[] Scratch { get; } = new float[products];
        public int[] Places { get; } = new int[2 * products];
    }
}
