using System.Text.RegularExpressions;

namespace ShopperSpectrum.Dashboard.Tests.EndToEnd;

/// <summary>No request leaves the machine: no page names another host, and the browser asks none while every page is used.</summary>
[Collection(DashboardHostCollection.Name)]
public sealed partial class OfflineTests(DashboardHost host)
{
    private static readonly string[] Pages = ["/", "/upload", "/segments", "/customer/12347", "/products", "/predict", "/evaluation"];

    [Fact]
    public async Task EveryPage_ReferencesNoOtherHost()
    {
        foreach (var path in Pages)
        {
            var html = await host.Api.GetStringAsync(path);
            var foreign = AbsoluteUrl().Matches(html).Select(m => m.Value).Where(u => !u.Contains(host.Address.Authority, StringComparison.Ordinal)).ToList();
            Assert.True(foreign.Count == 0, $"{path} references {string.Join(", ", foreign)}");
        }
    }

    [Fact]
    public async Task Browser_RequestsNothingFromAnotherHost()
    {
        var page = await host.NewPage();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            await DashboardHost.WaitForInteractive(page);
            await page.WaitForTimeoutAsync(800);
        }
        await page.Context.CloseAsync();
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.True(url.StartsWith(host.Address.ToString(), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        lock (host.ForeignRequests)
        {
            Assert.Empty(host.ForeignRequests);
        }
    }

    [Fact]
    public async Task ReportButton_DownloadsTheHtmlReport()
    {
        var page = await host.NewPage();
        await page.GotoAsync("/");
        await DashboardHost.WaitForInteractive(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-download").ClickAsync(), new() { Timeout = 120_000 });
        var path = await download.PathAsync();
        var html = await File.ReadAllTextAsync(path);
        Assert.EndsWith(".html", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("online_retail", html, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>An absolute URL, or a protocol-relative one in an attribute that loads or links.</summary>
    [GeneratedRegex(@"https?://[A-Za-z0-9.\-]+(?::\d+)?|(?:src|href|action|srcset)\s*=\s*[""']//[A-Za-z0-9.\-]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();
}
