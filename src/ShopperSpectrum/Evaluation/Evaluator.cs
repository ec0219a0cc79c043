using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Evaluation;

/// <summary>Fits each strategy on the training window and scores its top-k lists against the holdout.</summary>
public static class Evaluator
{
    /// <summary>Judges every strategy of <see cref="StrategyCatalog"/> on a workspace's last <paramref name="holdoutDays"/> days, the default broken down by the training window's clusters.</summary>
    /// <exception cref="ArgumentException">The data leaves nothing to train on or to test.</exception>
    public static EvaluationReport Run(SpectrumWorkspace workspace, int holdoutDays = 30, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var split = TemporalSplit.Create(workspace, holdoutDays);
        return Run(split, StrategyCatalog.All(workspace, holdoutDays), k, WindowSegments.Of(workspace, split.Train));
    }

    /// <summary>Evaluates every strategy on <paramref name="split"/>, names the default one and, given the training window's segments, breaks its figures down by segment.</summary>
    public static EvaluationReport Run(TemporalSplit split, IReadOnlyList<IRecommender> strategies, int k = 10, CustomerSegments? segments = null)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentOutOfRangeException.ThrowIfZero(strategies.Count, nameof(strategies));
        var judged = JudgeTwoAtATime(split, strategies, k).ToList();
        // The default is fixed in advance (the hybrid, whose weights the validation window chose), never picked by its test score.
        var chosen = judged.Find(j => j.Result.Name == StrategyCatalog.DefaultStrategy);
        chosen = chosen.Result is null ? judged[0] : chosen;
        var train = split.Train;
        return new EvaluationReport(split.Cutoff, split.HoldoutDays, train.CustomerCount, train.ProductCount, split.Customers.Count, k,
            [.. judged.Select(j => j.Result)], chosen.Result.Name, segments is null ? [] : BySegment(split, chosen.Scores, segments));
    }

    /// <summary>Fits <paramref name="strategy"/> on the training data and averages its metrics over the evaluated customers.</summary>
    public static StrategyResult Evaluate(TemporalSplit split, IRecommender strategy, int k = 10) => Judge(split, strategy, k).Result;

    private static List<SegmentResult> BySegment(TemporalSplit split, RankingScores[] scores, CustomerSegments segments) =>
        [.. split.Customers
            .Select((customer, i) => (Segment: segments.OfCustomer[customer.Customer], Scores: scores[i]))
            .GroupBy(c => c.Segment)
            .OrderBy(g => g.Key)
            .Select(g => new SegmentResult(segments.Names[g.Key], g.Count(),
                g.Average(c => c.Scores.Precision), g.Average(c => c.Scores.Recall), g.Average(c => c.Scores.Ndcg),
                g.Average(c => c.Scores.Hit), g.Average(c => c.Scores.AveragePrecision)))];

    /// <summary>
    /// Every strategy judged, two at a time, the results in table order. The serial stretches of one fit (building its
    /// matrices, small solves, the ends of parallel loops) leave a core idle that the other's work takes up: 7% off
    /// `evaluate` on online_retail.csv. The default starts first, as it takes longest (a tuned hybrid fits every candidate
    /// on its validation window), and the others are judged one after another beside it. So each fit and recommendation
    /// is timed while another strategy's work shares the machine. A strategy's failure is thrown as is.
    /// </summary>
    private static (StrategyResult Result, RankingScores[] Scores)[] JudgeTwoAtATime(TemporalSplit split, IReadOnlyList<IRecommender> strategies, int k)
    {
        var judged = new (StrategyResult Result, RankingScores[] Scores)[strategies.Count];
        var defaultFirst = Enumerable.Range(0, strategies.Count).OrderByDescending(i => strategies[i].Name == StrategyCatalog.DefaultStrategy);
        try
        {
            // One strategy taken at a time: a buffered chunk could queue one behind the default.
            Parallel.ForEach(Partitioner.Create(defaultFirst, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = 2 },
                i => judged[i] = Judge(split, strategies[i], k));
        }
        catch (AggregateException failed)
        {
            ExceptionDispatchInfo.Throw(failed.Flatten().InnerExceptions[0]);
        }
        return judged;
    }

    /// <summary>The strategy fitted and the time its fit took: a shared fit may have been made already by the hybrid judged
    /// beside it, and is then timed as it was made, not as the wait for it.</summary>
    private static (IRecommenderModel Model, TimeSpan FitTime) Fitted(IRecommender strategy, InteractionData train)
    {
        if (strategy is SharedFitRecommender shared)
        {
            return shared.FitTimed(train);
        }
        var clock = Stopwatch.StartNew();
        var model = strategy.Fit(train);
        return (model, clock.Elapsed);
    }

    private static (StrategyResult Result, RankingScores[] Scores) Judge(TemporalSplit split, IRecommender strategy, int k)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var customers = split.Customers;
        if (customers.Count == 0)
        {
            throw new ArgumentException($"No training customer bought a product new to them in the last {split.HoldoutDays} days, so there is nothing to evaluate; try a longer --holdout-days.");
        }
        var train = split.Train;
        var (model, fitTime) = Fitted(strategy, train);
        var fitMs = fitTime.TotalMilliseconds;

        var scores = new RankingScores[customers.Count];
        var lists = new int[customers.Count * k];
        var lengths = new int[customers.Count];
        var ticks = new long[customers.Count];
        // Each customer writes only its own slots, and the sums below run in order: the result does not depend on scheduling.
        // One worker per core: the pool may hold more threads by now (it adds some while fits wait on each other), and each
        // one more than the cores would add its wait for a core to the recommendations' time.
        var oneWorkerPerCore = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, customers.Count, oneWorkerPerCore, () => new float[train.ProductCount], (i, _, buffer) =>
        {
            var customer = customers[i];
            var list = lists.AsSpan(i * k, k);
            var start = Stopwatch.GetTimestamp();
            model.Score(customer.Customer, buffer);
            lengths[i] = TopN.Select(buffer, train.Bought.RowIndices(customer.Customer), list);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            scores[i] = RankingMetrics.Score(list[..lengths[i]], customer.Relevant.Span, k);
            return buffer;
        }, _ => { });

        var recommended = new List<int>(lists.Length);
        for (var i = 0; i < customers.Count; i++)
        {
            recommended.AddRange(lists.AsSpan(i * k, lengths[i]));
        }
        double n = customers.Count;
        return (new StrategyResult(
            strategy.Name,
            scores.Sum(s => s.Precision) / n,
            scores.Sum(s => s.Recall) / n,
            scores.Sum(s => s.Ndcg) / n,
            scores.Sum(s => s.Hit) / n,
            scores.Sum(s => s.AveragePrecision) / n,
            RankingMetrics.Coverage(recommended.ToArray(), train.ProductCount),
            fitMs,
            ticks.Sum() * 1000.0 / Stopwatch.Frequency / n), scores);
    }
}
