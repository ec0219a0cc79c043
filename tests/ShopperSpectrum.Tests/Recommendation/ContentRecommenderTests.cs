using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class ContentRecommenderTests
{
    private static readonly ContentOptions Seed = new() { RecencyHalfLifeDays = null };

    [Fact]
    public void Fit_ThreeShortNames_WeighsTermsAsScikitLearn()
    {
        // n = 3; "mug" and "red" are in two names (idf ln(4/3) + 1), "blue" and "tin" in one and dropped by min_df = 2.
        Product[] products = [new("a", "Red mug"), new("b", "Blue MUG"), new("c", "red tin, a")];

        var (vectors, vocabulary) = TfIdf.Fit(products, Seed);

        Assert.Equal(["mug", "red"], vocabulary.OrderBy(v => v.Value).Select(v => v.Key));
        Assert.Equal([0, 1], vectors.RowIndices(0).ToArray());
        Assert.Equal(1 / Math.Sqrt(2), vectors.RowValues(0)[0], 6);
        Assert.Equal([1f], vectors.RowValues(1).ToArray());
        Assert.Equal([1], vectors.RowIndices(2).ToArray());
    }

    [Fact]
    public void Fit_RepeatedWordAndRareWord_UsesRawCountsAndSmoothIdf()
    {
        // "tea tea cup" / "tea pot" / "cup pot": every term is in two documents, so idf is equal and tf decides.
        Product[] products = [new("a", "Tea tea cup"), new("b", "tea pot"), new("c", "cup pot")];

        var (vectors, vocabulary) = TfIdf.Fit(products, Seed);

        var tea = vectors.RowValues(0)[vectors.RowIndices(0).IndexOf(vocabulary["tea"])];
        var cup = vectors.RowValues(0)[vectors.RowIndices(0).IndexOf(vocabulary["cup"])];
        Assert.Equal(2 / Math.Sqrt(5), tea, 6);
        Assert.Equal(1 / Math.Sqrt(5), cup, 6);
    }

    [Fact]
    public void Score_HandMadeNames_SumsCosinesToBoughtProducts()
    {
        string[] names = ["Red mug", "Blue mug", "Red plate", "Blue plate", "Garden fork", "Garden rake"];
        var model = new ContentRecommender(Seed).Fit(Interactions.HandMade(names));

        // Every kept word is in two names, so each name is two words of weight 1/√2 ("fork" and "rake" fall to min_df).
        // c2 bought "Red mug" and "Blue mug": "Red plate" shares only "red" with the first, so it scores ½.
        var scores = Interactions.Scores(model, 1, 6);

        Assert.Equal(0.5, scores[2], 5);
        Assert.Equal(0.5, scores[3], 5);
        Assert.Equal(0f, scores[4]);
    }

    [Fact]
    public void Score_PurchasesOfDifferentAges_SumsEachBoughtProductsCosineTimesItsRecencyWeight()
    {
        // Words shared across the bought products (mug, red, blue), so the profile sums several products per term.
        string[] names = ["Red mug", "Blue mug", "Red plate", "Blue plate", "Red blue mug", "Garden plate"];
        var options = new ContentOptions { RecencyHalfLifeDays = 30 };
        float[][] orders = [[2, 1, 0, 1, 0, 0]];
        float[][] days = [[0, 45, 0, 90, 0, 0]];
        var data = Interactions.FromOrders(orders, days, names);
        var (vectors, _) = TfIdf.Fit(data.Products, options);
        double Cosine(int a, int b) => vectors.RowIndices(a).ToArray()
            .Select((term, i) => vectors.RowIndices(b).IndexOf(term) is var at and >= 0 ? vectors.RowValues(a)[i] * vectors.RowValues(b)[at] : 0).Sum();
        int[] bought = [0, 1, 3];
        var expected = Enumerable.Range(0, names.Length)
            .Select(p => bought.Sum(b => Math.Pow(0.5, days[0][b] / 30) * Cosine(b, p)))
            .ToArray();

        var scores = Interactions.Scores(new ContentRecommender(options).Fit(data), 0, names.Length);

        Assert.Equal(expected, scores.Select(s => (double)s), new ToleranceComparer(1e-5));
    }

    [Fact]
    public void Fit_Attributes_MakeSameBrandProductsSimilar()
    {
        Product Make(int c) => new($"p{c + 1}", $"Item{c + 1}", Brand: c % 2 == 0 ? "Solex" : "Giant Bicycles");
        var data = Interactions.FromOrders([[1, 0, 0, 0], [0, 1, 0, 0]], product: Make);

        var model = new ContentRecommender(Seed).Fit(data);
        var scores = Interactions.Scores(model, 0, 4);

        Assert.Equal(0f, scores[1]);
        Assert.Equal(1f, scores[2], 5);
        Assert.Equal("Same brand as Item1: Solex.", model.Explain(0, 2));
    }

    [Fact]
    public void Explain_HandMadeNames_NamesTheClosestBoughtProduct()
    {
        string[] names = ["Red mug", "Blue mug", "Red plate", "Blue plate", "Garden fork", "Garden rake"];
        var model = new ContentRecommender(Seed).Fit(Interactions.HandMade(names));

        Assert.Equal("Similar to Blue mug.", model.Explain(1, 3));
    }
}
