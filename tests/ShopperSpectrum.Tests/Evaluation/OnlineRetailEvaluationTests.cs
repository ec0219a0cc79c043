using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests.Evaluation;

/// <summary>Protocol fidelity: the split and the seeds' figures of EVALUATION.md, reproduced on the real file.</summary>
public sealed class OnlineRetailEvaluationTests : IClassFixture<OnlineRetailEvaluationTests.Split>
{
    public sealed class Split : IDisposable
    {
        public SpectrumWorkspace Workspace { get; } = SpectrumWorkspace.Open();

        public TemporalSplit Value { get; }

        public Split()
        {
            Workspace.Import(SharedData.OnlineRetail);
            Value = TemporalSplit.Create(Workspace);
        }

        public void Dispose() => Workspace.Dispose();
    }

    private readonly TemporalSplit split;
    private readonly SpectrumWorkspace workspace;

    public OnlineRetailEvaluationTests(Split split) => (this.split, workspace) = (split.Value, split.Workspace);

    [Fact]
    public void Create_OnlineRetail_MatchesThePeersSplit()
    {
        Assert.Equal(new DateTime(2011, 11, 9, 12, 50, 0), split.Cutoff);
        Assert.Equal(4_070, split.Train.CustomerCount);
        Assert.Equal(3_625, split.Train.ProductCount);
        Assert.Equal(1_271, split.Customers.Count);
    }

    [Fact]
    public void Evaluate_Popularity_ReproducesTheSeedsNdcg()
    {
        var result = Evaluator.Evaluate(split, new PopularityRecommender());

        Assert.Equal(0.0339, result.NdcgAtK, 0.002);
        Assert.Equal(0.2266, result.HitRateAtK, 0.002);
    }

    [Fact]
    public void Evaluate_ItemCosine_ReproducesTheSeedsNdcg()
    {
        var result = Evaluator.Evaluate(split, new ItemCosineRecommender());

        Assert.Equal(0.0692, result.NdcgAtK, 0.002);
        Assert.Equal(0.0458, result.RecallAtK, 0.002);
    }

    [Fact]
    public void Evaluate_Ease_ReproducesThePeersNdcg()
    {
        var result = Evaluator.Evaluate(split, new EaseRecommender());

        Assert.Equal(0.1017, result.NdcgAtK, 0.002);
        Assert.Equal(0.4697, result.HitRateAtK, 0.002);
    }

    [Fact]
    public void Run_AllStrategies_DefaultHybridBeatsEveryOtherStrategyAndTheBestSeed()
    {
        var report = Evaluator.Run(split, StrategyCatalog.All(workspace));

        Assert.Equal(["popularity", "trending_7d", "item_cosine", "ease", "als", "svd", "item_knn", "user_knn", "content", "hybrid"],
            report.Strategies.Select(s => s.Name));
        Assert.Equal("hybrid", report.DefaultStrategy);
        Assert.Equal(1_271, report.EvaluatedCustomers);
        Assert.All(report.Strategies, s => Assert.True(s.FitMs > 0 && s.RecommendMs > 0));
        var hybrid = report.Strategies.Single(s => s.Name == "hybrid");
        // EVALUATION.md: the best seed method, EASE, reaches NDCG@10 0.1017; the issue asks the default for 0.117.
        Assert.True(hybrid.NdcgAtK >= 0.117, $"hybrid NDCG@10 {hybrid.NdcgAtK:0.0000}");
        Assert.All(report.Strategies.Where(s => s.Name != "hybrid"), s => Assert.True(s.NdcgAtK < hybrid.NdcgAtK, s.Name));
    }
}
