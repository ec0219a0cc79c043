using System.Text.Json;

namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_OnlineRetail_PrintsTheTableAndWritesTheSeedsFigures()
    {
        using var temp = new TempDirectory();
        var json = temp.File(Path.Combine("out", "eval.json"));

        var run = CliRunner.Run("evaluate", SharedData.OnlineRetail, "--json", json);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("1,271", run.Output);
        Assert.Contains("NDCG@10", run.Output);
        Assert.Contains("hybrid *", run.Output);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var root = report.RootElement;
        Assert.StartsWith("2011-11-09", root.GetProperty("cutoff").GetString());
        Assert.Equal(1_271, root.GetProperty("evaluated_customers").GetInt32());
        Assert.Equal(4_070, root.GetProperty("training_customers").GetInt32());
        Assert.Equal(3_625, root.GetProperty("training_products").GetInt32());
        Assert.Equal(10, root.GetProperty("k").GetInt32());
        Assert.Equal("hybrid", root.GetProperty("default_strategy").GetString());
        var strategies = root.GetProperty("strategies").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        string[] fields = ["precision_at_k", "recall_at_k", "ndcg_at_k", "hit_rate_at_k", "map_at_k", "coverage", "fit_ms", "recommend_ms"];
        Assert.All(strategies.Values, s => Assert.All(fields, f => Assert.Equal(JsonValueKind.Number, s.GetProperty(f).ValueKind)));
        Assert.Equal(0.0339, strategies["popularity"].GetProperty("ndcg_at_k").GetDouble(), 0.002);
        Assert.Equal(0.0692, strategies["item_cosine"].GetProperty("ndcg_at_k").GetDouble(), 0.002);
        Assert.Equal(0.1017, strategies["ease"].GetProperty("ndcg_at_k").GetDouble(), 0.002);
        Assert.True(strategies["hybrid"].GetProperty("ndcg_at_k").GetDouble() >= 0.117);
        var bySegment = root.GetProperty("default_by_segment").EnumerateArray().ToList();
        Assert.Equal(4, bySegment.Count);
        Assert.Equal(1_271, bySegment.Sum(s => s.GetProperty("customers").GetInt32()));
        Assert.Contains(bySegment, s => s.GetProperty("segment").GetString() == "High-Value");
        Assert.Contains("hybrid by customer cluster", run.Output);
    }

    [Fact]
    public void Evaluate_MissingFile_OneLineErrorAndExitCodeOne()
    {
        var run = CliRunner.Run("evaluate", "/no/such/file.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
    }

    [Fact]
    public void Evaluate_ZeroHoldoutDays_RefusedBeforeReading()
    {
        var run = CliRunner.Run("evaluate", SharedData.OnlineRetail, "--holdout-days", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--holdout-days", run.Error);
    }
}
