using System.Net;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Tests.Hosting;

/// <summary>The API key on writes (and on reads when configured), rate limits, and settings checked at start.</summary>
public sealed class AccessTests(BareHost host) : IClassFixture<BareHost>
{
    public static TheoryData<string, string> Writes => new()
    {
        { "POST", "/api/datasets" },
        { "DELETE", "/api/datasets/ds-0000000000" },
        { "POST", "/api/training-runs" },
        { "POST", "/api/models/1/activate" },
        { "DELETE", "/api/models/1" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WithoutKey_401NamingTheHeader(string method, string url)
    {
        using var response = await host.Reader.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        await response.AssertProblem(HttpStatusCode.Unauthorized, "X-Api-Key");
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WrongKey_403(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("X-Api-Key", "not-the-key-at-all-0000");

        using var response = await host.Reader.SendAsync(request);

        await response.AssertProblem(HttpStatusCode.Forbidden, "does not match");
    }

    [Fact]
    public async Task Upload_WithoutKey_RefusedBeforeTheFileIsRead()
    {
        using var response = await host.Reader.Upload("a,b\n1,2\n"u8.ToArray(), "sales.csv");

        await response.AssertProblem(HttpStatusCode.Unauthorized, "X-Api-Key");
        Assert.Empty(Directory.GetDirectories(Path.Combine(host.WorkspacePath, "datasets")));
    }

    [Fact]
    public async Task Reads_OpenByDefault()
    {
        using var response = await host.Reader.GetAsync("/api/datasets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Reads_KeyedByConfiguration_401WithoutAnd200With()
    {
        using var workspace = new TempDirectory();
        using var keyed = new SpectrumFactory(workspace.Path, new Dictionary<string, string> { ["Spectrum:RequireApiKeyForReads"] = "true" });

        using var without = await keyed.CreateClient().GetAsync("/api/datasets");
        var with = await keyed.CreateWriter().GetOk<List<Dataset>>("/api/datasets");

        await without.AssertProblem(HttpStatusCode.Unauthorized, "X-Api-Key");
        Assert.Empty(with);
    }

    [Fact]
    public async Task Writes_OverTheLimit_429WithRetryAfter()
    {
        using var workspace = new TempDirectory();
        using var limited = new SpectrumFactory(workspace.Path, new Dictionary<string, string> { ["Spectrum:WritesPerMinute"] = "2" });
        var client = limited.CreateWriter();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.DeleteAsync("/api/datasets/ds-0000000000");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        await last!.AssertProblem(HttpStatusCode.TooManyRequests, "2 writes a minute", "Retry-After");
        Assert.True(last!.Headers.RetryAfter is not null);
        using var read = await client.GetAsync("/api/datasets");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory]
    [InlineData("Spectrum:ApiKey", "short", "Spectrum__ApiKey")]
    [InlineData("Spectrum:MaxUploadBytes", "0", "Spectrum__MaxUploadBytes")]
    [InlineData("Spectrum:HoldoutDays", "0", "Spectrum__HoldoutDays")]
    public void Start_InvalidSetting_FailsNamingTheSettingAndItsVariable(string key, string value, string variable)
    {
        // The host as its own process: in memory, a host that fails to start can surface as the test server's
        // ObjectDisposedException instead of its own error when the machine is busy (dotnet/aspnetcore#33494).
        using var workspace = new TempDirectory();
        using var host = HostProcess.Start(workspace.Path, new Dictionary<string, string> { [variable] = value });

        var exitCode = host.WaitForExit(TimeSpan.FromSeconds(60));

        Assert.True(exitCode is not null and not 0, host.Log);
        Assert.Contains(key, host.Log);
        Assert.Contains(variable, host.Log);
    }
}
