using System.Net;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class ReportEndpointsTests(TrainedHost host)
{
    [Fact]
    public async Task GetReport_ServingModel_SelfContainedHtmlDownloadWithEverySection()
    {
        var info = await host.Reader.GetOk<ModelInfo>("/api/models/active");
        using var response = await host.Reader.GetAsync("/api/report");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"report-online_retail-v{TrainedHost.RetailVersion}.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(TrainedHost.RetailVersion, info.Version);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        foreach (var section in new[] { "data", "exploration", "rfm", "clusters", "recommendations", "next" })
        {
            Assert.Contains($"<section id=\"{section}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains($"K-Means clusters (k = {info.Clusters})", html, StringComparison.Ordinal);
        Assert.Contains($"on {info.CreatedUtc:yyyy-MM-dd HH:mm}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no evaluation was run", html, StringComparison.Ordinal);
        Assert.DoesNotContain("trained without evaluation", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
    }
}
