namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed class OnlineRetailRecommenderTests
{
    [Fact]
    public void TrainThenRecommendAndSimilar_OnlineRetail_KnownCustomerAndBestSeller()
    {
        using var model = new TempDirectory();
        var train = CliRunner.Run("train", SharedData.OnlineRetail, "--out", model.Path);
        Assert.True(train.ExitCode == 0, train.Error);

        var recommend = CliRunner.Run("recommend", "--customer", "12347", "--model", model.Path, "--top", "10");
        var similar = CliRunner.Run("similar", "--name", "WHITE HANGING HEART", "--model", model.Path);

        Assert.True(recommend.ExitCode == 0, recommend.Error);
        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => i.ToString())], RecommendCommandTests.Ranks(recommend.Output));
        Assert.Contains("Reason", recommend.Output);
        Assert.True(similar.ExitCode == 0, similar.Error);
        Assert.Contains("Matched 85123A", similar.Output);
        Assert.Contains("bought together by", similar.Output);
    }
}
