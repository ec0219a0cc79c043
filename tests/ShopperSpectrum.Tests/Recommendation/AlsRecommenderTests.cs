using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class AlsRecommenderTests
{
    private static readonly AlsOptions Small = new() { Factors = 4, Regularization = 0.1f, Iterations = 15 };

    [Fact]
    public void Score_BlockStructuredData_RanksTheHeldOutBlockProductFirst()
    {
        // Three groups of ten customers who buy all five products of their group; customer 0 has not bought product 4 yet.
        var rows = Enumerable.Range(0, 30)
            .Select(c => Enumerable.Range(0, 15).Select(p => p / 5 == c / 10 ? 1f : 0f).ToArray())
            .ToArray();
        rows[0][4] = 0;
        var data = Interactions.FromOrders(rows);

        var scores = Interactions.Scores(new AlsRecommender(Small).Fit(data), 0, 15);

        var unbought = Enumerable.Range(0, 15).Where(p => rows[0][p] == 0).OrderByDescending(p => scores[p]).ToList();
        Assert.Equal(4, unbought[0]);
        Assert.True(scores[4] > 5 * Math.Abs(scores[unbought[1]]), $"{scores[4]} against {scores[unbought[1]]}");
    }

    [Fact]
    public void Fit_SameSeedTwice_GivesIdenticalScores()
    {
        var data = Interactions.Blocks(3, 20, 10, 0.5, 0.05, seed: 2);

        var first = Interactions.Scores(new AlsRecommender(Small).Fit(data), 7, data.ProductCount);
        var second = Interactions.Scores(new AlsRecommender(Small).Fit(data), 7, data.ProductCount);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Fit_DifferentSeeds_GiveDifferentFactors()
    {
        var data = Interactions.Blocks(3, 20, 10, 0.5, 0.05, seed: 2);

        var first = Interactions.Scores(new AlsRecommender(Small).Fit(data), 7, data.ProductCount);
        var second = Interactions.Scores(new AlsRecommender(Small with { Seed = 8 }).Fit(data), 7, data.ProductCount);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Explain_BlockCustomer_NamesABoughtProductOfTheSameBlock()
    {
        var rows = Enumerable.Range(0, 20)
            .Select(c => Enumerable.Range(0, 6).Select(p => p / 3 == c / 10 ? 1f : 0f).ToArray())
            .ToArray();
        rows[0] = [1, 0, 0, 1, 0, 0];
        var data = Interactions.FromOrders(rows, names: ["Red mug", "Blue mug", "Green mug", "Fork", "Rake", "Spade"]);

        var reason = new AlsRecommender(Small).Fit(data).Explain(0, 1);

        Assert.Equal("Customers with tastes like yours buy it; it goes with Red mug.", reason);
    }

    [Fact]
    public void Constructor_NoConjugateGradientSteps_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlsRecommender(new AlsOptions { ConjugateGradientSteps = 0 }));
}
