using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ShopperSpectrum.Web.Tests;

/// <summary>The real host, in memory, over its own temporary workspace; settings go on top of appsettings.json as configuration would.</summary>
public sealed class SpectrumFactory(string workspace, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789abcdef";

    public string Workspace { get; } = workspace;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Spectrum:WorkspacePath", Workspace);
        builder.UseSetting("Spectrum:ApiKey", ApiKey);
        builder.UseSetting("Spectrum:SeedDemo", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that sends the API key, as a program allowed to write would.</summary>
    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }
}
