using System.Text.Json;
using ShopperSpectrum.Synthetic;

namespace ShopperSpectrum.Deploy.Tests;

/// <summary>
/// The <c>spectrum</c> a user publishes as the README says: a native executable (NativeAOT), so every reflection-free path the
/// JIT build takes must also work compiled ahead of time. It runs here on the real files and through a model directory.
/// </summary>
public sealed class PublishedCliTests
{
    [Fact]
    public async Task ReadmePublish_NativeSpectrum_AnalysesCsvAndWorkbook_EvaluatesAndRecommendsFromItsModel()
    {
        using var temp = new TempDirectory();
        var (context, bin) = (temp.File("context"), temp.File("bin"));
        DockerBuild.CopyContext(context);
        var published = await Command.Run("dotnet", ["publish", "src/ShopperSpectrum.Cli", "-c", "Release", "-o", bin], context, timeoutSeconds: 600);
        Assert.True(published.ExitCode == 0, published.Output);
        var spectrum = Path.Combine(bin, "spectrum");
        Assert.False(File.Exists(Path.Combine(bin, "spectrum.dll")), "the published spectrum should be native code, not IL");

        var retail = await Json(spectrum, temp, "analyze", SharedData.OnlineRetail, "--out", temp.File("retail"), "--no-recommender");
        Assert.Equal(392_692, retail.GetProperty("rows_clean").GetInt64());
        Assert.Equal(4_338, retail.GetProperty("customers").GetInt64());
        var k4 = retail.GetProperty("kmeans").GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("k").GetInt32() == 4);
        Assert.InRange(k4.GetProperty("inertia").GetDouble(), 3900, 3938.91 * 1.005);

        var workbook = await Json(spectrum, temp, "analyze", SharedData.KpmgWorkbook, "--out", temp.File("workbook"), "--no-recommender");
        Assert.Equal("KPMG Sprocket transactions", workbook.GetProperty("layout").GetString());
        Assert.Equal(20_000, workbook.GetProperty("rows_read").GetInt64());

        var transactions = temp.File("transactions.csv");
        TransactionGenerator.WriteFile(new GeneratorOptions { Lines = 20_000, Seed = 11 }, transactions);
        var evaluation = await Json(spectrum, temp, "evaluate", transactions);
        Assert.Equal("hybrid", evaluation.GetProperty("default_strategy").GetString());
        Assert.All(evaluation.GetProperty("strategies").EnumerateArray(), s => Assert.InRange(s.GetProperty("ndcg_at_k").GetDouble(), 0, 1));

        var model = temp.File("model");
        var analyzed = await Command.Run(spectrum, ["analyze", transactions, "--out", model], temp.Path, timeoutSeconds: 300);
        Assert.True(analyzed.ExitCode == 0, analyzed.Output);
        var customer = File.ReadLines(Path.Combine(model, "customers.csv")).Skip(1).First().Split(',')[0];
        var recommended = await Command.Run(spectrum, ["recommend", "--customer", customer, "--model", model, "--top", "5"], temp.Path);
        Assert.True(recommended.ExitCode == 0, recommended.Output);
        var unknown = await Command.Run(spectrum, ["recommend", "--customer", "no-such-customer", "--model", model], temp.Path);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("no-such-customer", unknown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unknown.Output, StringComparison.Ordinal);
    }

    /// <summary>Runs a spectrum job with <c>--json</c> and returns the summary it wrote.</summary>
    private static async Task<JsonElement> Json(string spectrum, TempDirectory temp, params string[] arguments)
    {
        var json = temp.File($"summary-{Guid.NewGuid():N}.json");
        var run = await Command.Run(spectrum, [.. arguments, "--json", json], temp.Path, timeoutSeconds: 300);
        Assert.True(run.ExitCode == 0, run.Output);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        return document.RootElement.Clone();
    }
}
