using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed partial class ApiDocsTests(TrainedHost host)
{
    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        using var document = JsonDocument.Parse(await host.Reader.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/health", "/api/datasets", "/api/datasets/{id}", "/api/training-runs", "/api/training-runs/{id}", "/api/models", "/api/models/active",
            "/api/models/{version}/activate", "/api/models/{version}", "/api/customers/{id}", "/api/customers/{id}/recommendations", "/api/products",
            "/api/products/{id}/similar", "/api/segments", "/api/segments/predict", "/api/segments/{name}/customers.csv", "/api/segments/{name}/products",
            "/api/clusters/{cluster}/customers.csv", "/api/clusters/{cluster}/products", "/api/evaluation",
        ];
        Assert.Empty(expected.Except(paths));
        Assert.Equal("Shopper Spectrum API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task OpenApi_WritesCarryTheApiKeySchemeAndReadsDoNot()
    {
        using var document = JsonDocument.Parse(await host.Reader.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        var datasets = root.GetProperty("paths").GetProperty("/api/datasets");
        Assert.True(datasets.GetProperty("post").TryGetProperty("security", out _));
        Assert.False(datasets.GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Scalar_PageAndScriptsComeFromThisHostWithoutWebFontsOrTelemetry()
    {
        using var page = await host.Reader.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotMatch(AbsoluteUrl(), html);
        foreach (Match script in ScriptSource().Matches(html))
        {
            using var asset = await host.Reader.GetAsync("/scalar/" + script.Groups["src"].Value);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
        Assert.Contains("\"withDefaultFonts\":false", html);
        Assert.Contains("\"telemetry\":false", html);
    }

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex("<script[^>]+src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}
