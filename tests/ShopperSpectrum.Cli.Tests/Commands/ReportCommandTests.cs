using AngleSharp.Html.Parser;

namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    private const string SpecialName = "<b>Mug & \"Cup\"</b> 'blue'";

    [Fact]
    public void Report_SmallShopWithSpecialCharacters_WritesOneEncodedSelfContainedFile()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("shop.csv", SmallShop());
        var html = temp.File(Path.Combine("out", "report.html"));

        var run = CliRunner.Run("report", file, "-o", html);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("report.html", run.Output);
        var text = File.ReadAllText(html);
        var dom = new HtmlParser().ParseDocument(text);
        Assert.Equal(["data", "exploration", "rfm", "clusters", "recommendations", "next"], dom.QuerySelectorAll("section").Select(s => s.GetAttribute("data-section")));
        Assert.DoesNotContain("http://", text);
        Assert.DoesNotContain("https://", text);
        Assert.DoesNotContain("<b>Mug", text);
        Assert.Empty(dom.QuerySelectorAll("b"));
        var product = dom.QuerySelector("table[data-table='top-products'] tr[data-key='p1'] td[data-column='name']")!;
        Assert.Equal(SpecialName, product.TextContent);
        Assert.Contains(dom.QuerySelectorAll("figure[data-figure='top-products'] rect"), r => r.GetAttribute("data-label") == SpecialName);
        Assert.Equal(8, double.Parse(dom.QuerySelector("[data-kpi='customers']")!.GetAttribute("data-value")!));
        // Every purchase of the last 30 days repeats an earlier one: nothing to evaluate, and the report says so instead of failing.
        Assert.Contains("could not be evaluated", dom.QuerySelector("section[data-section='recommendations']")!.TextContent);
    }

    [Fact]
    public void Report_MissingFile_OneLineErrorAndExitCodeOne()
    {
        using var temp = new TempDirectory();

        var run = CliRunner.Run("report", "/no/such/file.csv", "-o", temp.File("report.html"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(temp.File("report.html")));
    }

    [Fact]
    public void Report_OutputIsAFolder_RefusedBeforeReading()
    {
        using var temp = new TempDirectory();

        var run = CliRunner.Run("report", "/no/such/file.csv", "-o", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a folder", run.Error);
    }

    /// <summary>Eight customers over four months, a product named with HTML's special characters; the last month only repeats purchases.</summary>
    private static string SmallShop()
    {
        var lines = new List<string> { "order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,country" };
        var order = 0;
        void Buy(int customer, string product, string day, int quantity, double price) =>
            lines.Add($"{++order},c{customer},{product},\"{ProductName(product).Replace("\"", "\"\"", StringComparison.Ordinal)}\",{day} 10:00:00,{quantity},{price},{(customer % 2 == 0 ? "France" : "Spain")}");
        for (var c = 1; c <= 8; c++)
        {
            Buy(c, "p1", $"2024-01-{c + 2:00}", c, 4.5);
            Buy(c, $"p{2 + (c % 3)}", $"2024-02-{c + 2:00}", 2, 10);
            if (c <= 4)
            {
                Buy(c, "p5", $"2024-03-{c + 2:00}", 10 * c, 3);
            }
        }
        Buy(1, "p1", "2024-04-20", 1, 4.5);
        Buy(2, "p1", "2024-04-22", 3, 4.5);
        return string.Join('\n', lines) + "\n";
    }

    private static string ProductName(string product) => product == "p1" ? SpecialName : $"Product {product}";
}
