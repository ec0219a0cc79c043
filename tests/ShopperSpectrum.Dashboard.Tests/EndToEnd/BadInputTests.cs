using ShopperSpectrum.Web.Tests;

namespace ShopperSpectrum.Dashboard.Tests.EndToEnd;

/// <summary>Wrong input through the UI shows a message in plain words, never an error page, and the app keeps working.</summary>
[Collection(DashboardHostCollection.Name)]
public sealed class BadInputTests(DashboardHost host)
{
    [Fact]
    public async Task Upload_WrongFiles_ShowAMessage_AndTheAppKeepsWorking()
    {
        using var files = new TempDirectory();
        var page = await host.NewPage();
        await page.GotoAsync("/upload");
        await DashboardHost.WaitForInteractive(page);
        await page.Locator("input[type=file]").SetInputFilesAsync(files.Write("sales.csv", "a,b\n1,2\n"));
        await page.GetByTestId("upload-problem").WaitForAsync();
        Assert.Contains("API key", await page.GetByTestId("upload-problem").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByTestId("api-key").FillAsync(SpectrumFactory.ApiKey);
        await page.GetByTestId("api-key").PressAsync("Tab");
        await page.Locator("input[type=file]").SetInputFilesAsync(files.Write("notes.pdf", "%PDF-1.4"));
        await page.GetByText("is not a transactions file").WaitForAsync();

        await page.Locator("input[type=file]").SetInputFilesAsync(files.Write("pets.csv", "name,legs\ncat,4\ndog,4\n"));
        await page.GetByText("could not be imported").WaitForAsync();
        Assert.Contains("pets.csv", await page.GetByTestId("upload-problem").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.GetByTestId("preview").WaitForAsync();
        await DashboardHost.Screenshot(page, "05-upload-wrong-file");

        await page.GotoAsync("/");
        await page.GetByTestId("kpi-customers").WaitForAsync();
        Assert.Single(await host.Api.GetOk<List<ShopperSpectrum.Web.Storage.Dataset>>("/api/datasets"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Customer_UnknownId_ShowsAMessage_ThenAKnownOneWorks()
    {
        var page = await host.NewPage();
        await page.GotoAsync("/customer");
        await DashboardHost.WaitForInteractive(page);
        await page.GetByTestId("customer-id").FillAsync("no-such-customer");
        await page.GetByTestId("customer-lookup").ClickAsync();
        await page.GetByTestId("customer-problem").WaitForAsync();
        Assert.Contains("No customer \"no-such-customer\"", await page.GetByTestId("customer-problem").InnerTextAsync(), StringComparison.Ordinal);
        await DashboardHost.Screenshot(page, "31-customer-unknown");

        await page.GetByTestId("customer-id").FillAsync("12347");
        await page.GetByTestId("customer-lookup").ClickAsync();
        await page.GetByTestId("customer-segment").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("customer-problem").CountAsync());
        await page.Context.CloseAsync();
    }
}
