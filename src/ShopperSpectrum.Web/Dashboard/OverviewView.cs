using ShopperSpectrum.Analysis;
using ShopperSpectrum.Ingestion;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The overview page's figures for one model version: the shop's aggregates and how its file was read and cleaned.</summary>
public sealed record OverviewView(int ModelVersion, string DatasetFile, ShopOverview Shop, ImportResult Import)
{
    public ChartSpec RevenueByMonth() => Charts.Bars("Revenue by month",
        Shop.RevenueByMonth.Select(m => Fmt.Month(m.Month)), Shop.RevenueByMonth.Select(m => Math.Round(m.Revenue, 2)), "Month", "Revenue");

    public ChartSpec Countries(int top = 10) => Charts.Bars($"Transactions by country (top {top})",
        Shop.Countries.Take(top).Select(c => c.Country), Shop.Countries.Take(top).Select(c => (double)c.Lines), "Transaction lines", "", horizontal: true, color: ChartPalette.Secondary);

    public ChartSpec TopProducts() => Charts.Bars("Top-selling products (revenue)",
        Shop.TopProducts.Select(p => Shorten(p.Name)), Shop.TopProducts.Select(p => Math.Round(p.Revenue, 2)), "Revenue", "", horizontal: true, color: ChartPalette.Accent, height: 360);

    public ChartSpec MonetaryDistribution() => Charts.Bars("Revenue per customer (log scale bins)",
        Shop.Monetary.Bins.Select(b => $"{Fmt.Money(b.Lower)}–{Fmt.Money(b.Upper)}"), Shop.Monetary.Bins.Select(b => (double)b.Customers), "Revenue per customer", "Customers",
        color: "#8e24aa");

    /// <summary>The share of the file's lines cleaning kept.</summary>
    public double KeptShare => Import.Cleaning.RowsRead == 0 ? 0 : (double)Import.Cleaning.RowsClean / Import.Cleaning.RowsRead;

    private static string Shorten(string name) => name.Length <= 34 ? name : name[..33] + "…";
}
