using System.Text.RegularExpressions;
using ShopperSpectrum.Models;

namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed partial class RecommendCommandTests(TrainedModel model) : IClassFixture<TrainedModel>
{
    [Fact]
    public void Train_GeneratedShop_PrintsWeightsAndWritesTheArtifact()
    {
        Assert.True(model.TrainExitCode == 0, model.TrainError);
        Assert.Contains("Hybrid weights", model.TrainOutput);
        Assert.Contains("ease_recency", model.TrainOutput);
        Assert.Contains(RecommenderStore.FileName, model.TrainOutput);
        Assert.True(File.Exists(Path.Combine(model.Directory, RecommenderStore.FileName)));
    }

    [Fact]
    public void Recommend_KnownCustomer_PrintsRankedRowsWithReasons()
    {
        var customer = RecommenderStore.Load(model.Directory).Data.CustomerIds[0];

        var run = CliRunner.Run("recommend", "--customer", customer, "--model", model.Directory, "--top", "7");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], Ranks(run.Output));
        Assert.Contains("Reason", run.Output);
        Assert.Contains($"Top 7 for customer {customer}", run.Output);
    }

    [Fact]
    public void Recommend_ExcludedProduct_IsLeftOut()
    {
        var customer = RecommenderStore.Load(model.Directory).Data.CustomerIds[0];
        var first = CliRunner.Run("recommend", "--customer", customer, "--model", model.Directory, "--top", "1");
        var best = RowPattern().Match(first.Output).Groups["product"].Value;

        var run = CliRunner.Run("recommend", "--customer", customer, "--model", model.Directory, "--top", "1", "--exclude", best);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.NotEqual(best, RowPattern().Match(run.Output).Groups["product"].Value);
    }

    [Fact]
    public void Recommend_Only_ChoosesFromTheGivenProducts()
    {
        var recommender = RecommenderStore.Load(model.Directory);
        var customer = recommender.Data.CustomerIds[0];
        var bought = recommender.Data.Bought.RowIndices(0).ToArray();
        var allowed = Enumerable.Range(0, recommender.Data.ProductCount).Where(p => !bought.Contains(p)).TakeLast(2)
            .Select(p => recommender.Data.Products[p].Id).ToArray();

        var run = CliRunner.Run(["recommend", "--customer", customer, "--model", model.Directory, "--top", "5", "--only", .. allowed]);

        Assert.True(run.ExitCode == 0, run.Error);
        var shown = RowPattern().Matches(run.Output).Select(m => m.Groups["product"].Value).ToList();
        Assert.Equal(allowed.Order(), shown.Order());
    }

    [Fact]
    public void Recommend_UnknownCustomer_OneLineErrorNamingTheWayOut() =>
        AssertOneLineError(CliRunner.Run("recommend", "--customer", "99999", "--model", model.Directory),
            "customer 99999 is not in the model", "spectrum segment");

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public void Recommend_TopOutOfRange_OneLineError(string top) =>
        AssertOneLineError(CliRunner.Run("recommend", "--customer", "1", "--model", model.Directory, "--top", top), "--top must be from 1 to 1000");

    [Fact]
    public void Recommend_MissingModelDirectory_SaysToRunAnalyze()
    {
        using var empty = new TempDirectory();

        AssertOneLineError(CliRunner.Run("recommend", "--customer", "1", "--model", empty.Path), "No recommender", "spectrum train");
    }

    [Fact]
    public void Recommend_OtherSchemaVersion_SaysToRebuild()
    {
        using var copy = new TempDirectory();
        var bytes = File.ReadAllBytes(Path.Combine(model.Directory, RecommenderStore.FileName));
        BitConverter.GetBytes(RecommenderStore.CurrentSchemaVersion + 1).CopyTo(bytes, 8);
        File.WriteAllBytes(copy.File(RecommenderStore.FileName), bytes);

        AssertOneLineError(CliRunner.Run("recommend", "--customer", "1", "--model", copy.Path), "schema version", "again");
    }

    [Fact]
    public void Similar_ByName_SaysWhichProductItMatched()
    {
        var product = RecommenderStore.Load(model.Directory).Data.Products[0];

        var run = CliRunner.Run("similar", "--name", product.Name.ToLowerInvariant(), "--model", model.Directory, "--top", "3");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"Matched {product.Id} {product.Name}", run.Output);
        Assert.Equal(["1", "2", "3"], Ranks(run.Output));
        Assert.Contains("bought together by", run.Output);
    }

    [Fact]
    public void Similar_UnknownProduct_OneLineError() =>
        AssertOneLineError(CliRunner.Run("similar", "--product", "NO-SUCH", "--model", model.Directory), "product NO-SUCH is not in the model");

    [Fact]
    public void Similar_NameNobodyUses_OneLineError() =>
        AssertOneLineError(CliRunner.Run("similar", "--name", "zzqx", "--model", model.Directory), "no product name contains");

    [Fact]
    public void Similar_NeitherProductNorName_OneLineError() =>
        AssertOneLineError(CliRunner.Run("similar", "--model", model.Directory), "either --product ID or --name TEXT");

    internal static string[] Ranks(string output) =>
        [.. output.Split('\n').Select(line => RowPattern().Match(line)).Where(m => m.Success).Select(m => m.Groups["rank"].Value)];

    internal static void AssertOneLineError(CliRunner.Outcome run, params string[] fragments)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.All(fragments, f => Assert.Contains(f, run.Error));
    }

    /// <summary>A table row: the rank right-aligned near the left edge, then the product id; wrapped lines start further right.</summary>
    [GeneratedRegex(@"^\s{0,3}(?<rank>\d+)\s+(?<product>\S+)\s", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
