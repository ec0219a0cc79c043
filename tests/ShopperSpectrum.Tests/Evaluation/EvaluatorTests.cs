using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Tests.Recommendation;

namespace ShopperSpectrum.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static TemporalSplit Split() =>
        TemporalSplit.Create(TinyShop.Data(), [("c1", "p1"), ("c4", "p2")], holdoutDays: 30);

    [Fact]
    public void Run_StrategiesJudgedTwoAtATime_RowsInTheOrderGivenWithTheirOwnScores()
    {
        // Each strategy ranks one product first, so each row's hit rate says whose list it holds: c1 bought p0 and p2 and then
        // p1, c4 bought p3 to p5 and then p2; a bought product is passed over for the lowest unbought one.
        var products = TinyShop.Data().ProductCount;
        float[] Favouring(int product) => [.. Enumerable.Range(0, products).Select(p => p == product ? 1f : 0f)];
        IRecommender[] strategies =
        [
            new FixedScores("p1 first", Favouring(1)), new FixedScores("p3 first", Favouring(3)),
            new FixedScores(StrategyCatalog.DefaultStrategy, Favouring(2)),
        ];

        var report = Evaluator.Run(Split(), strategies, k: 1);

        Assert.Equal(["p1 first", "p3 first", StrategyCatalog.DefaultStrategy], report.Strategies.Select(s => s.Name));
        Assert.Equal([0.5, 0, 1], report.Strategies.Select(s => s.HitRateAtK));
        Assert.Equal(StrategyCatalog.DefaultStrategy, report.DefaultStrategy);
    }

    [Fact]
    public void Run_AStrategyFails_ItsOwnExceptionReachesTheCaller()
    {
        IRecommender[] strategies = [new FixedScores("fine", new float[TinyShop.Data().ProductCount]), new Failing()];

        var error = Assert.Throws<InvalidOperationException>(() => Evaluator.Run(Split(), strategies));

        Assert.Equal("no model today", error.Message);
    }

    [Fact]
    public void Run_ASharedFitMadeBeforeByAnotherCaller_ReportsTheTimeThatFitTook()
    {
        var split = Split();
        var shared = new SharedFitRecommender(new SlowToFit(TimeSpan.FromMilliseconds(200)));
        shared.Fit(split.Train); // as the hybrid judged beside it would, for its blend

        var report = Evaluator.Run(split, [shared], k: 1);

        Assert.InRange(report.Strategies[0].FitMs, 190, double.MaxValue);
    }

    private sealed class SlowToFit(TimeSpan time) : IRecommender
    {
        public string Name => "slow";

        public IRecommenderModel Fit(InteractionData data)
        {
            Thread.Sleep(time);
            return new FixedScores(Name, new float[data.ProductCount]);
        }
    }

    private sealed class Failing : IRecommender
    {
        public string Name => "failing";

        public IRecommenderModel Fit(InteractionData data) => throw new InvalidOperationException("no model today");
    }
}
