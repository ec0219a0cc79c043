namespace ShopperSpectrum.Benchmarks;

/// <summary>The real data sets in ../shared/data, found by walking up from the current folder.</summary>
internal static class SharedFiles
{
    public static string OnlineRetail => Find(Path.Combine("online_retail", "online_retail.csv"));

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"shared/data/{relative} not found above {Directory.GetCurrentDirectory()}.");
    }
}
