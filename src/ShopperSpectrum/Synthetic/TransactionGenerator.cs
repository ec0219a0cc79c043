using System.IO.Compression;
using System.Text;

namespace ShopperSpectrum.Synthetic;

/// <summary>
/// Writes a realistic, deterministic synthetic transaction log (customer types, themed baskets, seasonality,
/// dirty lines) in a chosen layout, streaming: memory depends on the catalogue and customer count, not on lines.
/// </summary>
public static class TransactionGenerator
{
    /// <summary>Writes a header and <see cref="GeneratorOptions.Lines"/> data lines as CSV; memory does not grow with Lines.</summary>
    public static void Write(GeneratorOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writer);
        options.Validate();
        var catalogue = CatalogueBuilder.Build(options.ResolvedProducts, new Rng(DeriveSeed(options.Seed, 1)));
        var customers = new CustomerBase(options.ResolvedCustomers, options.Days, new Rng(DeriveSeed(options.Seed, 2)));
        var formatter = LineFormatter.For(options.Layout, catalogue);
        var buffer = new CsvBuffer(writer);
        buffer.Append(formatter.Header);
        buffer.EndLine();
        new TransactionSimulator(options, DeriveSeed(options.Seed, 3), catalogue, customers, formatter, buffer).Run();
        buffer.Flush();
        writer.Flush();
    }

    /// <summary>Writes to a file (UTF-8, LF line ends); gzip-compressed when the path ends in .gz.</summary>
    public static void WriteFile(GeneratorOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options.Validate();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.Fastest)
            : (Stream)file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        Write(options, writer);
    }

    /// <summary>The header row of a layout, exactly as written.</summary>
    public static string Header(TransactionLayout layout) => layout switch
    {
        TransactionLayout.Shopify => ShopifyLineFormatter.HeaderRow,
        TransactionLayout.Canonical => CanonicalLineFormatter.HeaderRow,
        TransactionLayout.Uci => UciLineFormatter.HeaderRow,
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown transaction layout."),
    };

    /// <summary>Independent streams for catalogue, customers and orders, so changing one size leaves the others alone.</summary>
    private static ulong DeriveSeed(int seed, int stream)
    {
        var state = ((ulong)(uint)seed << 8) | (uint)stream;
        return Rng.SplitMix(ref state);
    }
}
