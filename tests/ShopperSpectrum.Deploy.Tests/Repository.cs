namespace ShopperSpectrum.Deploy.Tests;

/// <summary>The repository the tests were built from, found by walking up to ShopperSpectrum.slnx, and its deployment files.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Deploy(string file) => Path.Combine(Root, "deploy", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShopperSpectrum.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"ShopperSpectrum.slnx not found above {AppContext.BaseDirectory}.");
    }
}
