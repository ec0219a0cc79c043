using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Tests;

namespace ShopperSpectrum.Dashboard.Tests;

/// <summary>
/// The real host on a real Kestrel port over a temporary workspace, with Debian's Chromium driven by Playwright. At start no model
/// serves (the waiting page is captured); online_retail.csv is then uploaded and trained through the dashboard's Upload page.
/// </summary>
public sealed class DashboardHost : IAsyncLifetime
{
    private readonly TempDirectory workspace = new();
    private IPlaywright? playwright;

    public SpectrumFactory Factory { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The host's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client of the API on the same host.</summary>
    public HttpClient Api { get; private set; } = null!;

    public Dataset Retail { get; private set; } = null!;

    /// <summary>Every request the browser made to another host than this one.</summary>
    public List<string> ForeignRequests { get; } = [];

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public IServiceProvider Services => Factory.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        Factory = new SpectrumFactory(workspace.Path, new Dictionary<string, string> { ["Spectrum:WritesPerMinute"] = "10000" });
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        Api = new HttpClient { BaseAddress = Address };

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        });

        var page = await NewPage();
        await page.GotoAsync("/");
        await page.GetByTestId("waiting").WaitForAsync();
        await Screenshot(page, "00-waiting");
        await UploadAndTrain(page);
        await page.Context.CloseAsync();
        var datasets = await Api.GetOk<List<Dataset>>("/api/datasets");
        Retail = Assert.Single(datasets);
    }

    /// <summary>A page in a fresh context whose requests to any other host are recorded and refused.</summary>
    public async Task<IPage> NewPage(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == Address.Host && url.Port == Address.Port))
            {
                await route.ContinueAsync();
                return;
            }
            lock (ForeignRequests)
            {
                ForeignRequests.Add(route.Request.Url);
            }
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>Waits until Blazor's circuit is up, so clicks reach the server.</summary>
    public static async Task WaitForInteractive(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-layout') !== null");
        await page.WaitForTimeoutAsync(400);
    }

    private async Task UploadAndTrain(IPage page)
    {
        await page.GotoAsync("/upload");
        await WaitForInteractive(page);
        await page.GetByTestId("api-key").FillAsync(SpectrumFactory.ApiKey);
        await page.GetByTestId("api-key").PressAsync("Tab");
        await page.Locator("input[type=file]").SetInputFilesAsync(SharedData.OnlineRetail);
        await page.GetByTestId("detected-layout").WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
        await Screenshot(page, "01-upload-detected");
        await page.GetByTestId("train").ClickAsync();
        await page.GetByTestId("training").WaitForAsync();
        await Screenshot(page, "02-upload-training");
        await page.GetByTestId("training-done").WaitForAsync(new LocatorWaitForOptions { Timeout = 300_000 });
        await Screenshot(page, "03-upload-done");
        using var health = await Api.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        Api?.Dispose();
        await Factory.DisposeAsync();
        workspace.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardHostCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "dashboard host";
}
