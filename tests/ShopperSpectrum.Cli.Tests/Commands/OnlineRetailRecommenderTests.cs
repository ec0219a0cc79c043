namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed class OnlineRetailRecommenderTests
{
    [Fact]
    public void AnalyzeThenRecommendAndSimilar_OnlineRetail_ServesFromTheModelDirectory()
    {
        using var model = new TempDirectory();
        var analyze = CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", model.Path);
        Assert.True(analyze.ExitCode == 0, analyze.Error);
        Assert.Contains("Hybrid weights", analyze.Output);

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
