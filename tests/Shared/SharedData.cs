namespace ShopperSpectrum.Testing;

/// <summary>Paths of the real data sets in ../shared/data, found by walking up from the test binaries.</summary>
internal static class SharedData
{
    public static string OnlineRetail => Find(Path.Combine("online_retail", "online_retail.csv"));

    public static string KpmgWorkbook => Find(Path.Combine("kpmg_sprocket", "KPMG_VI_New_raw_data_update_final.xlsx"));

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"shared/data/{relative} not found above {AppContext.BaseDirectory}; CI clones the project beside ../shared.");
    }
}
