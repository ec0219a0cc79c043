using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Tests.Recommendation;

public sealed class EaseRecommenderTests
{
    [Fact]
    public void Score_TinyShopLambdaOne_MatchesTheClosedForm()
    {
        var model = new EaseRecommender(lambda: 1).Fit(TinyShop.Data());

        // From the seed's formula in numpy: P = inv(XᵀX + I), B = −P / diag(P), diag(B) = 0, scores = x_u · B.
        Assert.Equal([0.555556, 0.481481, 0.545455, -0.173469, 0.067308, 0.034247], TinyShop.Scores(model, 1).Select(s => (double)s), new ToleranceComparer(1e-5));
        Assert.Equal([0.055556, 0.259259, -0.1, 0.581633, 0.576923, 0.582192], TinyShop.Scores(model, 4).Select(s => (double)s), new ToleranceComparer(1e-5));
    }

    [Fact]
    public void Fit_LambdaOf150_LeavesOutProductsWithFewerThanThreeBuyers()
    {
        // λ = 150 needs ⌈150 · 0.02⌉ = 3 buyers: only p0 and p1 (three each, two in common) are fitted, so
        // G = [[153, 2], [2, 153]] and B[p0, p1] = −P[0, 1] / P[1, 1] = 2/153; every other weight is zero.
        var recommender = new EaseRecommender(lambda: 150);
        var model = recommender.Fit(TinyShop.Data());

        Assert.Equal(3, recommender.MinBuyers);
        Assert.Equal([0, 2 / 153.0, 0, 0, 0, 0], TinyShop.Scores(model, 1).Select(s => (double)s), new ToleranceComparer(1e-6));
        Assert.Equal([2 / 153.0, 2 / 153.0, 0, 0, 0, 0], TinyShop.Scores(model, 0).Select(s => (double)s), new ToleranceComparer(1e-6));
        Assert.All(TinyShop.Scores(model, 4), s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Fit_SkewedShop_KeptProductsScoreAsEaseOnThemAloneAndTheOthersZero()
    {
        // 120 products, popularity falling steeply with the index: at λ = 150 (three buyers) about half are left out, scattered.
        var random = new Random(5);
        var baskets = Enumerable.Range(0, 150)
            .Select(_ => Enumerable.Range(0, random.Next(1, 13)).Select(_ => (int)(120 * Math.Pow(random.NextDouble(), 3))).Distinct().Order().ToArray())
            .ToArray();
        var kept = Enumerable.Range(0, 120).Where(p => baskets.Count(b => b.Contains(p)) >= 3).ToArray();
        var column = kept.Select((product, c) => (product, c)).ToDictionary(p => p.product, p => p.c);
        var keptOnly = baskets.Select(b => b.Where(column.ContainsKey).Select(p => column[p]).ToArray()).ToArray();
        Assert.InRange(kept.Length, 49, 100);

        var pruned = new EaseRecommender(lambda: 150).Fit(TinyShop.Of(120, baskets));
        var direct = new EaseRecommender(lambda: 150).Fit(TinyShop.Of(kept.Length, keptOnly));

        var (all, some) = (new float[120], new float[kept.Length]);
        for (var customer = 0; customer < baskets.Length; customer++)
        {
            pruned.Score(customer, all);
            direct.Score(customer, some);
            Assert.Equal(some.Select(s => (double)s), kept.Select(p => (double)all[p]), new ToleranceComparer(1e-6));
            Assert.All(Enumerable.Range(0, 120).Where(p => !column.ContainsKey(p)), p => Assert.Equal(0f, all[p]));
        }
    }

    [Fact]
    public void Fit_SkewedShopRecencyWeighted_KeptProductsScoreAsTheDirectFitAndSurviveSaving()
    {
        // The same skewed shop, each purchase made a different number of days ago: the recency-weighted rows of the kept
        // products score as a fit on them alone, the others zero, before and after a round trip through the saved form.
        var random = new Random(9);
        var baskets = Enumerable.Range(0, 150)
            .Select(_ => Enumerable.Range(0, random.Next(1, 13)).Select(_ => (int)(120 * Math.Pow(random.NextDouble(), 3))).Distinct().Order().ToArray())
            .ToArray();
        var days = baskets.Select(b => b.Select(_ => (float)random.Next(0, 400)).ToArray()).ToArray();
        var kept = Enumerable.Range(0, 120).Where(p => baskets.Count(b => b.Contains(p)) >= 3).ToArray();
        var column = kept.Select((product, c) => (product, c)).ToDictionary(p => p.product, p => p.c);
        var recency = new EaseRecommender(lambda: 150, recencyHalfLifeDays: 30);

        var pruned = recency.Fit(WithDays(120, baskets, days, p => p));
        var direct = recency.Fit(WithDays(kept.Length, baskets, days, p => column.GetValueOrDefault(p, -1)));
        var saved = new MemoryStream();
        using (var writer = new BinaryWriter(saved, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            PersistentModels.Write(writer, pruned);
        }
        saved.Position = 0;
        var loaded = PersistentModels.Read(new BinaryReader(saved), WithDays(120, baskets, days, p => p));

        var (all, reloaded, some) = (new float[120], new float[120], new float[kept.Length]);
        for (var customer = 0; customer < baskets.Length; customer++)
        {
            pruned.Score(customer, all);
            loaded.Score(customer, reloaded);
            direct.Score(customer, some);
            Assert.Equal(some.Select(s => (double)s), kept.Select(p => (double)all[p]), new ToleranceComparer(1e-6));
            Assert.All(Enumerable.Range(0, 120).Where(p => !column.ContainsKey(p)), p => Assert.Equal(0f, all[p]));
            Assert.Equal(all, reloaded);
        }
        // A product left out has no weight from anything bought.
        var left = Enumerable.Range(0, 120).First(p => !column.ContainsKey(p));
        Assert.Equal("nothing you bought points to it", loaded.Explain(0, left));
    }

    /// <summary>Customers who bought <paramref name="baskets"/>' products (mapped to columns, −1 dropped) the given days ago.</summary>
    private static InteractionData WithDays(int products, int[][] baskets, float[][] days, Func<int, int> columnOf)
    {
        var bought = baskets.SelectMany((basket, customer) => basket.Select((product, i) => (customer, Column: columnOf(product), Days: days[customer][i])))
            .Where(e => e.Column >= 0)
            .ToList();
        var orders = InteractionMatrix.FromEntries(baskets.Length, products, [.. bought.Select(e => (e.customer, e.Column, 1f))]);
        var since = InteractionMatrix.FromEntries(baskets.Length, products, [.. bought.Select(e => (e.customer, e.Column, e.Days))]);
        return new InteractionData(
            [.. baskets.Select((_, i) => $"c{i}")],
            [.. Enumerable.Range(0, products).Select(i => new Product($"p{i}", $"P{i}"))],
            orders, orders, since, new DateTime(2024, 1, 1));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(250, 5)]
    public void MinBuyers_IsTwoPercentOfLambdaRoundedUp(double lambda, int expected)
    {
        Assert.Equal(expected, new EaseRecommender(lambda).MinBuyers);
    }

    [Fact]
    public void Explain_TinyShop_NamesTheBoughtProductWithTheLargestWeight()
    {
        var model = new EaseRecommender(lambda: 1).Fit(TinyShop.Data());

        // For c1 and p1: B[p0, p1] = 0.444 beats B[p2, p1] = 0.037.
        Assert.Equal("customers who buy P0 tend to buy it too (weight 0.444)", model.Explain(1, 1));
    }

    [Fact]
    public void Fit_CatalogueAboveMaxProducts_AbstainsWithZeroScoresAndTheReason()
    {
        // TinyShop has six products: a bound of five leaves EASE out, a bound of six lets it fit.
        var abstained = new EaseRecommender(lambda: 1, maxProducts: 5).Fit(TinyShop.Data());
        var fitted = new EaseRecommender(lambda: 1, maxProducts: 6).Fit(TinyShop.Data());

        Assert.All(TinyShop.Scores(abstained, 1), s => Assert.Equal(0f, s));
        Assert.Contains("above 5 products (this one has 6)", abstained.Explain(1, 1), StringComparison.Ordinal);
        Assert.NotEqual(0f, TinyShop.Scores(fitted, 1)[0]);
    }

    [Fact]
    public void Fit_HybridWithAnAbstainedEase_RanksAsItsOtherPartAlone()
    {
        var data = TinyShop.Data();
        var alone = new HybridRecommender([new WeightedStrategy(new ItemCosineRecommender(), 1)]).Fit(data);
        var blended = new HybridRecommender(
            [new WeightedStrategy(new EaseRecommender(maxProducts: 5), 1), new WeightedStrategy(new ItemCosineRecommender(), 1)]).Fit(data);

        for (var customer = 0; customer < data.CustomerCount; customer++)
        {
            Assert.Equal(TinyShop.Scores(alone, customer), TinyShop.Scores(blended, customer));
        }
    }

    [Fact]
    public void Constructor_NonPositiveLambda_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EaseRecommender(0));
    }
}
