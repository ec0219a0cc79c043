namespace ShopperSpectrum.Deploy.Tests;

/// <summary>deploy/docker-compose.yml as Debian's docker-compose reads it (no Docker engine is needed for <c>config</c>).</summary>
public sealed class ComposeConfigTests
{
    private const string Key = "compose-test-key-0123456789";

    [Fact]
    public async Task Config_WithApiKey_WebServiceKeyVolumeHealthCheckAndTrainProfile()
    {
        var (exitCode, output) = await Config(Key);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"Spectrum__ApiKey: {Key}", output, StringComparison.Ordinal);
        Assert.Contains("workspace:/data/workspace", output, StringComparison.Ordinal);
        Assert.Contains("name: shopper-spectrum-workspace", output, StringComparison.Ordinal);
        Assert.Contains("- spectrum-healthcheck", output, StringComparison.Ordinal);
        Assert.Contains("restart: unless-stopped", output, StringComparison.Ordinal);
        Assert.Contains("dockerfile: deploy/Dockerfile", output, StringComparison.Ordinal);
        Assert.Contains("- train", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(Repository.Root, "deploy", "train.sh")}:/usr/local/bin/spectrum-train:ro", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_WithoutApiKey_RefusesSayingWhichVariable()
    {
        var (exitCode, output) = await Config(null);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("set SPECTRUM_API_KEY", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> Config(string? apiKey) =>
        Command.Run("docker-compose", ["-f", Repository.Deploy("docker-compose.yml"), "config"], Repository.Root,
            new Dictionary<string, string?> { ["SPECTRUM_API_KEY"] = apiKey });
}
