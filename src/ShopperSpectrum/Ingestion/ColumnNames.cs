namespace ShopperSpectrum.Ingestion;

/// <summary>Header cells made usable as column names: blanks named by position, repeats numbered.</summary>
internal static class ColumnNames
{
    public static List<string> Unique(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. names.Select((name, i) => name.Length == 0 ? $"column{i + 1}" : name)
            .Select(name => seen.Add(name) ? name : $"{name}_{seen.Count}")];
    }
}
