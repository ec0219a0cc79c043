namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed class SegmentCommandTests
{
    [Fact]
    public void Segment_NewCustomerAgainstOnlineRetailModel_PrintsScoresSegmentAndCluster()
    {
        using var model = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", model.Path, "--no-recommender").ExitCode);

        var best = CliRunner.Run("segment", "--recency", "1", "--frequency", "60", "--monetary", "50000", "--model", model.Path);
        var lapsed = CliRunner.Run("segment", "--recency", "360", "--frequency", "1", "--monetary", "50", "--model", model.Path);

        Assert.True(best.ExitCode == 0, best.Error);
        Assert.Contains("555", best.Output);
        Assert.Contains("Champions", best.Output);
        Assert.Contains("High-Value", best.Output);
        Assert.Contains("111", lapsed.Output);
        Assert.Contains("Lost", lapsed.Output);
        Assert.Contains("At-Risk", lapsed.Output);
    }

    [Fact]
    public void Segment_NegativeRecency_IsRefused()
    {
        var run = CliRunner.Run("segment", "--recency", "-5", "--frequency", "5", "--monetary", "100");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("zero or more", run.Error);
    }
}
