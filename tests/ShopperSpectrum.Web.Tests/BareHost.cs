namespace ShopperSpectrum.Web.Tests;

/// <summary>A host over an empty workspace with no demo and a 1 MiB upload limit: nothing is trained, nothing serves.</summary>
public sealed class BareHost : IDisposable
{
    public const long UploadLimit = 1024 * 1024;

    private readonly TempDirectory workspace = new();

    public BareHost()
    {
        Factory = new SpectrumFactory(workspace.Path, new Dictionary<string, string>
        {
            ["Spectrum:MaxUploadBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Spectrum:WritesPerMinute"] = "10000",
        });
        Reader = Factory.CreateClient();
        Writer = Factory.CreateWriter();
    }

    public SpectrumFactory Factory { get; }

    public HttpClient Reader { get; }

    public HttpClient Writer { get; }

    public string WorkspacePath => workspace.Path;

    public void Dispose()
    {
        Reader.Dispose();
        Writer.Dispose();
        Factory.Dispose();
        workspace.Dispose();
    }
}
