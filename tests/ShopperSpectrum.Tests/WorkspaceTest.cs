using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests;

/// <summary>A test with its own in-memory workspace and a folder for the files it writes.</summary>
public abstract class WorkspaceTest : IDisposable
{
    protected TempDirectory Temp { get; } = new();

    protected SpectrumWorkspace Workspace { get; } = SpectrumWorkspace.Open();

    public void Dispose()
    {
        Workspace.Dispose();
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
