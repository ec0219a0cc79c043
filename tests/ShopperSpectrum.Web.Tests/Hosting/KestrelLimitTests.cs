using System.Net;

namespace ShopperSpectrum.Web.Tests.Hosting;

/// <summary>The upload limit on the real server, where a streamed (chunked) body has no length to check in advance.</summary>
public sealed class KestrelLimitTests
{
    [Fact]
    public async Task Upload_ChunkedOverTheLimit_413FromTheServer()
    {
        using var workspace = new TempDirectory();
        using var host = HostProcess.Start(workspace.Path, new Dictionary<string, string>
        {
            ["Spectrum__SeedDemo"] = "false",
            ["Spectrum__MaxUploadBytes"] = "65536",
        });
        await WaitForListening(host);
        var body = new StreamContent(new MemoryStream(new byte[512 * 1024]));
        var form = new MultipartFormDataContent { { body, "file", "big.csv" } };
        form.Headers.ContentLength = null;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/datasets") { Content = form };
        request.Headers.TransferEncodingChunked = true;
        using var response = await host.Client.SendAsync(request);

        await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "65,536 bytes", "Spectrum:MaxUploadBytes");
        Assert.Empty(Directory.GetDirectories(Path.Combine(workspace.Path, "datasets")));
    }

    private static async Task WaitForListening(HostProcess host)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await host.Client.GetAsync("/api/datasets");
                return;
            }
            catch (HttpRequestException) when (attempt < 300)
            {
                await Task.Delay(100);
            }
        }
    }
}
