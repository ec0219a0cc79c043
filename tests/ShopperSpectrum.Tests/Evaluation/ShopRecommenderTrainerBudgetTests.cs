using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Synthetic;

namespace ShopperSpectrum.Tests.Evaluation;

public sealed class ShopRecommenderTrainerBudgetTests : WorkspaceTest
{
    private static readonly (string CustomerId, string ProductId)[] Pairs =
        [("c1", "p1"), ("c1", "p2"), ("c2", "p1"), ("c3", "p3"), ("c4", "p2"), ("c4", "p3"), ("c5", "p1")];

    [Fact]
    public void MaxJudgedCustomers_4096ProductsAndEightStrategies_FillsOneGibibyteOfScores()
    {
        // 2³⁰ bytes / (4 bytes × 4,096 products × 8 strategies) = 8,192 customers.
        Assert.Equal(8_192, TuningSample.MaxJudgedCustomers(4_096, 8));
        Assert.Equal(323, TuningSample.MaxJudgedCustomers(103_600, 8)); // 100M generated lines
    }

    [Fact]
    public void Sample_NoMoreCustomersThanTheBound_ReturnsEveryPair()
    {
        Assert.Same(Pairs, TuningSample.Sample(Pairs, 5, seed: 42));
    }

    [Fact]
    public void Sample_MoreCustomersThanTheBound_KeepsThatManyCustomersWithAllTheirPairsInAnyOrder()
    {
        var sample = TuningSample.Sample(Pairs, 2, seed: 42);
        var reversed = TuningSample.Sample([.. Pairs.Reverse()], 2, seed: 42);

        var customers = sample.Select(p => p.CustomerId).Distinct().ToList();
        Assert.Equal(2, customers.Count);
        Assert.Equal(Pairs.Where(p => customers.Contains(p.CustomerId)), sample);
        Assert.Equal(sample.OrderBy(p => p), reversed.OrderBy(p => p));
    }

    [Fact]
    public void Sample_WithHistory_DrawsOnlyCustomersWhoHaveOne()
    {
        var withHistory = Pairs.Select(p => p.CustomerId).Distinct().Order(StringComparer.Ordinal).Take(2).ToList();

        var sample = TuningSample.Sample(Pairs, 1, seed: 42, withHistory);

        var drawn = Assert.Single(sample.Select(p => p.CustomerId).Distinct());
        Assert.Contains(drawn, withHistory);
    }

    [Fact]
    public void Sample_OtherSeed_DrawsOtherCustomers()
    {
        var draws = Enumerable.Range(0, 8)
            .Select(seed => string.Join(",", TuningSample.Sample(Pairs, 2, seed).Select(p => p.CustomerId).Distinct().Order()))
            .Distinct();

        Assert.True(draws.Count() > 1);
    }

    [Fact]
    public void Train_ShopSmallerThanTheBudget_ChoosesTheSameBlendAsTheUnsampledHybrid()
    {
        var file = Temp.File("shop.csv");
        TransactionGenerator.WriteFile(new GeneratorOptions { Lines = 20_000, Seed = 7 }, file);
        Workspace.Import(file);

        var budgeted = ShopRecommenderTrainer.Train(Workspace, holdoutDays: 30);
        var reference = StrategyCatalog.Hybrid(Workspace, StrategyCatalog.Blendable(Workspace), holdoutDays: 30).FitTuned(Workspace.LoadInteractions()).Tuning;

        Assert.Equal(
            reference.Weights.Select(w => (w.Strategy.Name, w.Weight)),
            budgeted.Tuning.Weights.Select(w => (w.Strategy.Name, w.Weight)));
        Assert.Equal(reference.ValidationNdcg, budgeted.Tuning.ValidationNdcg, 12);
    }
}
