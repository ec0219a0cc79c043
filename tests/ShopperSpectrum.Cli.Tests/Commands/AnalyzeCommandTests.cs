using System.Text.Json;

namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_OnlineRetail_WritesTablesCsvModelAndJsonSummary()
    {
        using var temp = new TempDirectory();
        var json = temp.File("summary.json");

        var run = CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", temp.Path, "--json", json, "--no-recommender");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("392,692", run.Output);
        Assert.Contains("Champions", run.Output);
        Assert.Contains("best silhouette", run.Output);
        var customers = File.ReadAllLines(temp.File("customers.csv"));
        Assert.Equal("customer_id,recency,frequency,monetary,r_score,f_score,m_score,rfm_segment,cluster,cluster_label", customers[0]);
        Assert.Equal(4_338, customers.Length - 1);
        Assert.True(File.Exists(temp.File("segments.csv")));
        Assert.True(File.Exists(temp.File("segmentation.json")));
        Assert.False(File.Exists(temp.File("recommender.bin")));

        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        var root = summary.RootElement;
        Assert.Equal(541_909, root.GetProperty("rows_read").GetInt64());
        Assert.Equal(392_692, root.GetProperty("rows_clean").GetInt64());
        Assert.Equal(4_338, root.GetProperty("customers").GetInt64());
        Assert.Equal(7, root.GetProperty("cleaning").GetArrayLength());
        Assert.Equal("missing customer", root.GetProperty("cleaning")[0].GetProperty("rule").GetString());
        Assert.Equal(135_080, root.GetProperty("cleaning")[0].GetProperty("rows_removed").GetInt64());
        Assert.StartsWith("2011-12-10", root.GetProperty("as_of").GetString());
        var segments = root.GetProperty("rfm_segments").EnumerateArray().ToList();
        Assert.Equal(4_338, segments.Sum(s => s.GetProperty("customers").GetInt32()));
        Assert.All(segments, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("name").GetString())));
        var kmeans = root.GetProperty("kmeans");
        Assert.Equal(4, kmeans.GetProperty("k").GetInt32());
        Assert.Equal(9, kmeans.GetProperty("candidates").GetArrayLength());
        var k4 = kmeans.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("k").GetInt32() == 4);
        Assert.InRange(k4.GetProperty("inertia").GetDouble(), 3900, 3938.91 * 1.005);
        var labels = kmeans.GetProperty("clusters").EnumerateArray().Select(c => c.GetProperty("label").GetString()).Order().ToList();
        Assert.Equal(["At-Risk", "High-Value", "Occasional", "Regular"], labels);
    }

    [Fact]
    public void Analyze_KpmgWorkbookAsShipped_AnalysesTheTransactionsSheet()
    {
        using var temp = new TempDirectory();
        var json = temp.File("summary.json");

        var run = CliRunner.Run("analyze", SharedData.KpmgWorkbook, "--out", temp.Path, "--json", json, "--no-recommender");

        Assert.True(run.ExitCode == 0, run.Error);
        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        var root = summary.RootElement;
        Assert.Equal("KPMG Sprocket transactions", root.GetProperty("layout").GetString());
        Assert.Equal(20_000, root.GetProperty("rows_read").GetInt64());
        var cancelled = root.GetProperty("cleaning").EnumerateArray().Single(c => c.GetProperty("rule").GetString() == "cancelled");
        Assert.Equal(179, cancelled.GetProperty("rows_removed").GetInt64());
        Assert.InRange(root.GetProperty("customers").GetInt64(), 3_000, 3_494);
    }

    [Fact]
    public void Analyze_AutoK_TakesTheBestSilhouette()
    {
        using var temp = new TempDirectory();
        var json = temp.File("summary.json");

        var run = CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", temp.Path, "--json", json, "--k", "auto", "--no-recommender");

        Assert.True(run.ExitCode == 0, run.Error);
        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        var kmeans = summary.RootElement.GetProperty("kmeans");
        Assert.Equal(2, kmeans.GetProperty("best_silhouette_k").GetInt32());
        Assert.Equal(2, kmeans.GetProperty("k").GetInt32());
    }

    [Theory]
    [InlineData("shopify", "Shopify sales export")]
    [InlineData("canonical", "canonical")]
    [InlineData("uci", "UCI Online Retail")]
    public void Analyze_GeneratedFileInEachLayout_AnalysesEndToEnd(string layout, string detected)
    {
        using var temp = new TempDirectory();
        var data = temp.File($"{layout}.csv.gz");
        Assert.Equal(0, CliRunner.Run("generate", "-o", data, "--lines", "20000", "--layout", layout, "--seed", "7").ExitCode);
        var json = temp.File("summary.json");

        var run = CliRunner.Run("analyze", data, "--out", temp.Path, "--json", json);

        Assert.True(run.ExitCode == 0, run.Error);
        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        var root = summary.RootElement;
        Assert.Equal(detected, root.GetProperty("layout").GetString());
        Assert.Equal(20_000, root.GetProperty("rows_read").GetInt64());
        Assert.InRange(root.GetProperty("rows_clean").GetInt64(), 15_000, 19_900);
        Assert.True(root.GetProperty("customers").GetInt64() > 100);
        Assert.Equal(4, root.GetProperty("kmeans").GetProperty("clusters").GetArrayLength());
        Assert.Contains("Hybrid weights", run.Output);
        Assert.True(File.Exists(temp.File("recommender.bin")));
    }

    [Fact]
    public void Analyze_NoFile_AnalysesTheBuiltInDemoDataSet()
    {
        using var temp = new TempDirectory();

        var run = CliRunner.Run("analyze", "--out", temp.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("built-in demo data set", run.Output);
        Assert.Contains("High-Value", run.Output);
        Assert.True(File.ReadAllLines(temp.File("customers.csv")).Length > 1_000);
        Assert.True(File.Exists(temp.File("recommender.bin")));
    }
}
