using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ShopperSpectrum.Synthetic;

namespace ShopperSpectrum.Deploy.Tests;

/// <summary>
/// The image's contents without Docker: the Dockerfile's own publish command on a copy of its build context, the published host
/// started as the image starts it, the image's health check script, and the compose train service's script uploading and training.
/// </summary>
public sealed class PublishedHostTests
{
    private const string ApiKey = "deploy-test-key-0123456789";

    [Fact]
    public async Task DockerfilePublish_HostStarts_HealthCheckFailsUntilTrainScriptServesAModel()
    {
        using var temp = new TempDirectory();
        var (context, app, workspace) = (temp.File("context"), temp.File("app"), temp.File("workspace"));
        DockerBuild.CopyContext(context);
        var publish = DockerBuild.PublishCommand().ToList();
        Assert.Equal(["dotnet", "publish"], publish[..2]);
        Assert.Contains("linux-x64", publish);
        publish[publish.IndexOf("-o") + 1] = app;
        var published = await Command.Run(publish[0], publish[1..], context, timeoutSeconds: 540);
        Assert.True(published.ExitCode == 0, published.Output);

        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        using var host = Command.Start("dotnet", ["ShopperSpectrum.Web.dll"], app, new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = url,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Spectrum__WorkspacePath"] = workspace,
            ["Spectrum__ApiKey"] = ApiKey,
            ["Spectrum__SeedDemo"] = "false",
        }, out var log);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var starting = await Health(client, log);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.Status);
            Assert.Contains("\"status\":\"starting\"", starting.Body, StringComparison.Ordinal);
            Assert.Equal(1, (await HealthCheck(port)).ExitCode);

            var transactions = temp.File("transactions.csv");
            TransactionGenerator.WriteFile(new GeneratorOptions { Lines = 5_000, Seed = 7 }, transactions);
            var trained = await Command.Run("sh", [Repository.Deploy("train.sh"), transactions], Repository.Root,
                new Dictionary<string, string?> { ["SPECTRUM_URL"] = url, ["SPECTRUM_API_KEY"] = ApiKey }, timeoutSeconds: 300);
            Assert.True(trained.ExitCode == 0, trained.Output + Command.Text(log));
            Assert.Contains("\"status\":\"succeeded\"", trained.Output, StringComparison.Ordinal);

            var ready = await Health(client, log);
            Assert.Equal(HttpStatusCode.OK, ready.Status);
            Assert.Contains("\"modelVersion\":1", ready.Body, StringComparison.Ordinal);
            var check = await HealthCheck(port);
            Assert.True(check.ExitCode == 0, check.Output);
            Assert.True(File.Exists(Path.Combine(workspace, "models", "1", "model.json")));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static Task<(int ExitCode, string Output)> HealthCheck(int port) =>
        Command.Run("bash", [Repository.Deploy("healthcheck.sh")], Repository.Root,
            new Dictionary<string, string?> { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The first answer of <c>/health</c>, waiting while the host is still binding its port.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> Health(HttpClient client, System.Text.StringBuilder log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
            catch (HttpRequestException e)
            {
                throw new TimeoutException($"the published host did not answer /health within 60 s:\n{Command.Text(log)}", e);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
