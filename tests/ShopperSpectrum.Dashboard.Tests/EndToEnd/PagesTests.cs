using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ShopperSpectrum.Web.Tests;

namespace ShopperSpectrum.Dashboard.Tests.EndToEnd;

/// <summary>Each page in a real browser against the trained host, its numbers checked against the API's, with a screenshot of each.</summary>
[Collection(DashboardHostCollection.Name)]
public sealed class PagesTests(DashboardHost host)
{
    private static string N0(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Overview_Kpis_MatchTheDataset()
    {
        var page = await host.NewPage();
        await page.GotoAsync("/");
        await page.GetByTestId("kpi-customers").WaitForAsync();
        Assert.Equal(N0(host.Retail.Import.Customers), await page.GetByTestId("kpi-customers").InnerTextAsync());
        Assert.Contains(N0(host.Retail.Import.Cleaning.RowsClean), await page.GetByTestId("data-quality").InnerTextAsync(), StringComparison.Ordinal);
        // The charts render one after another: wait for the fourth rather than count them as soon as the first appears.
        await page.Locator(".js-plotly-plot").Nth(3).WaitForAsync();
        Assert.True(await page.Locator(".js-plotly-plot").CountAsync() >= 4);
        await DashboardHost.Screenshot(page, "10-overview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Segments_Table_MatchesTheApi()
    {
        using var segments = await host.Api.GetFromJsonAsync<JsonDocument>("/api/segments", HttpCalls.Json);
        var expected = segments!.RootElement.GetProperty("segments").EnumerateArray()
            .Select(s => N0(s.GetProperty("customers").GetInt32())).Order().ToList();
        var page = await host.NewPage();
        await page.GotoAsync("/segments");
        await page.GetByTestId("segment-table").WaitForAsync();
        var shown = (await page.GetByTestId("segment-customers").AllInnerTextsAsync()).Order().ToList();
        Assert.Equal(expected, shown);
        await page.Locator(".js-plotly-plot").Nth(5).WaitForAsync();
        await DashboardHost.Screenshot(page, "20-segments-rfm");

        await page.GetByRole(AriaRole.Tab, new() { Name = "K-Means clusters" }).ClickAsync();
        await page.GetByTestId("cluster-table").WaitForAsync();
        await page.WaitForTimeoutAsync(1500);
        await DashboardHost.Screenshot(page, "21-segments-kmeans");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Customers" }).ClickAsync();
        await page.GetByTestId("customer-table").Locator("tbody tr").First.WaitForAsync();
        Assert.Equal(15, await page.GetByTestId("customer-table").Locator("tbody tr").CountAsync());
        await DashboardHost.Screenshot(page, "22-segments-customers");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Customer_12347_ShowsTheApisProfile()
    {
        using var profile = await host.Api.GetFromJsonAsync<JsonDocument>("/api/customers/12347", HttpCalls.Json);
        var root = profile!.RootElement;
        var page = await host.NewPage();
        await page.GotoAsync("/customer");
        await DashboardHost.WaitForInteractive(page);
        await page.GetByTestId("customer-id").FillAsync("12347");
        await page.GetByTestId("customer-lookup").ClickAsync();
        await page.GetByTestId("customer-segment").WaitForAsync();
        Assert.Equal(N0(root.GetProperty("recency").GetInt32()), await page.GetByTestId("customer-recency").InnerTextAsync());
        Assert.Equal(N0(root.GetProperty("frequency").GetInt32()), await page.GetByTestId("customer-frequency").InnerTextAsync());
        Assert.Equal(root.GetProperty("segment").GetString(), await page.GetByTestId("customer-segment").InnerTextAsync());
        var first = root.GetProperty("recommendations").EnumerateArray().First().GetProperty("name").GetString();
        Assert.Equal(first, await page.GetByTestId("recommended-name").First.InnerTextAsync());
        await DashboardHost.Screenshot(page, "30-customer-12347");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Products_WhiteHangingHeart_ShowsTheApisSimilarProducts()
    {
        using var similar = await host.Api.GetFromJsonAsync<JsonDocument>("/api/products/85123A/similar?top=10", HttpCalls.Json);
        var expected = similar!.RootElement.GetProperty("similar").EnumerateArray().Select(s => s.GetProperty("score").GetDouble().ToString("N3", CultureInfo.InvariantCulture)).ToList();
        var page = await host.NewPage();
        await page.GotoAsync("/products");
        await DashboardHost.WaitForInteractive(page);
        await page.GetByTestId("product-search").FillAsync("WHITE HANGING HEART T-LIGHT HOLDER");
        await page.GetByTestId("product-search-button").ClickAsync();
        await page.GetByTestId("similar-products").WaitForAsync();
        Assert.Contains("85123A", await page.GetByTestId("similar-products").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(expected, await page.GetByTestId("similar-score").AllInnerTextsAsync());
        await DashboardHost.Screenshot(page, "40-products");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Predict_MatchesTheApi_AndNegativeValuesShowAMessage()
    {
        using var response = await host.Api.PostAsJsonAsync("/api/segments/predict", new { recency = 30, frequency = 5, monetary = 1200 });
        using var prediction = await response.Content.ReadFromJsonAsync<JsonDocument>();
        var page = await host.NewPage();
        await page.GotoAsync("/predict");
        await DashboardHost.WaitForInteractive(page);
        await page.GetByTestId("monetary").FillAsync("-5");
        await page.GetByTestId("predict").ClickAsync();
        await page.GetByTestId("predict-problem").WaitForAsync();
        Assert.Contains("zero or more", await page.GetByTestId("predict-problem").InnerTextAsync(), StringComparison.Ordinal);
        await DashboardHost.Screenshot(page, "51-predict-negative");

        await page.GetByTestId("monetary").FillAsync("1200");
        await page.GetByTestId("predict").ClickAsync();
        await page.GetByTestId("predicted-segment").WaitForAsync();
        Assert.Equal(prediction!.RootElement.GetProperty("segment").GetString(), await page.GetByTestId("predicted-segment").InnerTextAsync());
        Assert.Equal(0, await page.GetByTestId("predict-problem").CountAsync());
        await DashboardHost.Screenshot(page, "50-predict");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Evaluation_ShowsEveryStrategyOfTheApi()
    {
        using var evaluation = await host.Api.GetFromJsonAsync<JsonDocument>("/api/evaluation", HttpCalls.Json);
        var strategies = evaluation!.RootElement.GetProperty("report").GetProperty("strategies").GetArrayLength();
        var page = await host.NewPage();
        await page.GotoAsync("/evaluation");
        await page.GetByTestId("evaluation-table").WaitForAsync();
        Assert.Equal(strategies, await page.GetByTestId("ndcg").CountAsync());
        await page.Locator(".js-plotly-plot").Nth(1).WaitForAsync();
        await DashboardHost.Screenshot(page, "60-evaluation");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/upload")]
    [InlineData("/segments")]
    [InlineData("/customer/12347")]
    [InlineData("/products")]
    [InlineData("/predict")]
    [InlineData("/evaluation")]
    public async Task EveryPage_AtPhoneWidth_RendersWithoutError(string path)
    {
        var page = await host.NewPage(390, 844);
        await page.GotoAsync(path);
        await DashboardHost.WaitForInteractive(page);
        await page.WaitForTimeoutAsync(1500);
        Assert.Equal(0, await page.Locator(".blazor-error-boundary, #blazor-error-ui[style*='block']").CountAsync());
        var name = path == "/" ? "overview" : path.Trim('/').Replace('/', '-');
        await DashboardHost.Screenshot(page, $"90-phone-{name}");
        await page.Context.CloseAsync();
    }
}
