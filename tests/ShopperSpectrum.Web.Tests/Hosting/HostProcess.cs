using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ShopperSpectrum.Web.Tests.Hosting;

/// <summary>The built host as its own process on a free loopback port, as a user runs it, so a test can kill it outright.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private HostProcess(string workspace, IReadOnlyDictionary<string, string>? settings)
    {
        var url = $"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}";
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "ShopperSpectrum.Web.dll"), "--urls", url, "--contentRoot", AppContext.BaseDirectory })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Spectrum__WorkspacePath"] = workspace;
        start.Environment["Spectrum__ApiKey"] = SpectrumFactory.ApiKey;
        start.Environment["Spectrum__DemoLines"] = "20000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri(url) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", SpectrumFactory.ApiKey);
    }

    /// <summary>A client with the API key.</summary>
    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts the host over <paramref name="workspace"/>; <paramref name="settings"/> are more environment variables such as <c>Spectrum__SeedDemo</c>.</summary>
    public static HostProcess Start(string workspace, IReadOnlyDictionary<string, string>? settings = null) => new(workspace, settings);

    /// <summary>Ends the process at once, as a crash or <c>kill -9</c> would: nothing of the host's shutdown runs.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Waits for the process to end by itself (its output read to the end); returns its exit code, or null when it still runs after <paramref name="timeout"/>.</summary>
    public int? WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            return null;
        }
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }
        Client.Dispose();
        process.Dispose();
    }

    private void Append(string? line)
    {
        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
