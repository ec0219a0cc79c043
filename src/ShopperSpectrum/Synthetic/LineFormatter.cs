using System.Globalization;

namespace ShopperSpectrum.Synthetic;

/// <summary>Formats generated lines in one layout; the day's date is formatted once per day, not per line.</summary>
internal abstract class LineFormatter(Catalogue catalogue)
{
    private readonly char[] date = new char[10];

    public abstract string Header { get; }

    protected Catalogue Catalogue { get; } = catalogue;

    /// <summary>The current day as yyyy-MM-dd.</summary>
    protected ReadOnlySpan<char> Date => date;

    public static LineFormatter For(TransactionLayout layout, Catalogue catalogue) => layout switch
    {
        TransactionLayout.Shopify => new ShopifyLineFormatter(catalogue),
        TransactionLayout.Canonical => new CanonicalLineFormatter(catalogue),
        _ => new UciLineFormatter(catalogue),
    };

    public void BeginDay(DateTime day) => day.TryFormat(date, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public abstract void Write(CsvBuffer buffer, in OrderLine line);
}
