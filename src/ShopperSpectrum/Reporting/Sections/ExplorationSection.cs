using System.Globalization;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Reporting.Charts;
using ShopperSpectrum.Segmentation;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Section 2: revenue over time, volume by country, the best-selling products and how spend is spread over customers.</summary>
internal static class ExplorationSection
{
    public static ReportSection Build(ShopOverview overview, RfmTable rfm, int topCountries)
    {
        var blocks = new List<ReportBlock>
        {
            new ReportKeyFigures(
            [
                new KeyFigure("revenue", "Revenue", Compact(overview.Revenue), overview.Revenue),
                new KeyFigure("orders", "Orders", Integer(overview.Orders), overview.Orders),
                new KeyFigure("order-value", "Average order", Fixed(overview.AverageOrderValue, 2), overview.AverageOrderValue),
                new KeyFigure("orders-per-customer", "Orders per customer", Fixed(Ratio(overview.Orders, overview.Customers), 1), Ratio(overview.Orders, overview.Customers)),
                new KeyFigure("months", "Months of sales", Integer(overview.RevenueByMonth.Count), overview.RevenueByMonth.Count),
            ]),
            new ReportHeading("Revenue over time"),
            Months(overview),
        };
        blocks.AddRange(Countries(overview, topCountries));
        blocks.Add(new ReportHeading("Best-selling products"));
        blocks.AddRange(Products(overview));
        blocks.Add(new ReportHeading("How spend is spread over customers"));
        blocks.Add(Monetary(overview, rfm));
        return new ReportSection("exploration", "Exploration", blocks);
    }

    private static ReportFigure Months(ShopOverview overview)
    {
        var months = overview.RevenueByMonth;
        var points = months.Select(m => new ChartPoint(m.Month.ToString("MMM yyyy", CultureInfo.InvariantCulture), m.Revenue, Integer(m.Revenue))).ToList();
        var best = months.MaxBy(m => m.Revenue)!;
        var caption = $"{best.Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} had the most revenue: {Integer(best.Revenue)} " +
            $"({Percent(Ratio(best.Revenue, overview.Revenue))} of the total, {Integer(best.Orders)} orders from {Integer(best.Customers)} customers).";
        var last = overview.LastTimestamp;
        // A month that stops a few days short is still a fair month to compare; one that stops well short is not.
        if (months.Count > 1 && last.Day < DateTime.DaysInMonth(last.Year, last.Month) - 3)
        {
            caption += $" The data ends on {last:d MMMM yyyy}, so {last.ToString("MMMM", CultureInfo.InvariantCulture)} is a part month.";
        }
        return new ReportFigure("revenue-by-month", new LineChart("Revenue by month", "Month", "Revenue", points), caption);
    }

    private static IEnumerable<ReportBlock> Countries(ShopOverview overview, int top)
    {
        var countries = overview.Countries;
        if (countries.Count == 0)
        {
            yield break;
        }
        yield return new ReportHeading("Where the orders come from");
        var shown = countries.Take(top).ToList();
        var lead = countries[0];
        var caption = $"{countries.Count} {(countries.Count == 1 ? "country" : "countries")} in all; {lead.Country} accounts for " +
            $"{Percent(Ratio(lead.Lines, overview.Lines))} of the lines and {Percent(Ratio(lead.Revenue, overview.Revenue))} of the revenue." +
            (countries.Count > shown.Count ? $" The chart shows the {shown.Count} with the most lines." : "");
        yield return new ReportFigure("lines-by-country", new BarChart($"Transaction lines by country (top {shown.Count})", "Clean lines",
            [.. shown.Select(c => ChartBar.Of(c.Country, c.Lines, Integer(c.Lines)))]), caption);
        yield return new ReportTable("countries", $"Countries (top {shown.Count} by lines)",
            [
                new ReportColumn("country", "Country", Numeric: false), new ReportColumn("lines", "Lines"), new ReportColumn("orders", "Orders"),
                new ReportColumn("customers", "Customers"), new ReportColumn("revenue", "Revenue"), new ReportColumn("revenue-share", "Revenue share"),
            ],
            [.. shown.Select(c => new ReportRow(c.Country,
                [c.Country, Cell.Int(c.Lines), Cell.Int(c.Orders), Cell.Int(c.Customers), Cell.Number(c.Revenue, 0), Cell.Share(Ratio(c.Revenue, overview.Revenue))]))]);
    }

    private static IEnumerable<ReportBlock> Products(ShopOverview overview)
    {
        var products = overview.TopProducts;
        var share = Ratio(products.Sum(p => p.Revenue), overview.Revenue);
        yield return new ReportFigure("top-products", new BarChart($"Top {products.Count} products by revenue", "Revenue",
                [.. products.Select(p => ChartBar.Of(p.Name, p.Revenue, Compact(p.Revenue)))]),
            $"These {products.Count} of {Integer(overview.Products)} products bring {Percent(share)} of the revenue: keep them in stock and visible.");
        yield return new ReportTable("top-products", "Top products",
            [
                new ReportColumn("product", "Product", Numeric: false), new ReportColumn("name", "Name", Numeric: false), new ReportColumn("units", "Units"),
                new ReportColumn("revenue", "Revenue"), new ReportColumn("customers", "Buyers"),
            ],
            [.. products.Select(p => new ReportRow(p.ProductId, [p.ProductId, p.Name, Cell.Int(p.Units), Cell.Number(p.Revenue, 0), Cell.Int(p.Customers)]))]);
    }

    private static ReportFigure Monetary(ShopOverview overview, RfmTable rfm)
    {
        var distribution = overview.Monetary;
        var bins = distribution.Bins.Select(b => new HistogramBin(b.Lower, b.Upper, b.Customers, $"{Compact(b.Lower)}–{Compact(b.Upper)}")).ToList();
        var totals = rfm.Customers.Select(c => c.Monetary).OrderByDescending(m => m).ToArray();
        var top = (int)Math.Ceiling(totals.Length * 0.2);
        var caption = $"Each bar counts the customers whose total spend falls in it; bars are equally wide on a log scale ({distribution.BinsPerDecade} to each power of ten). " +
            $"The median customer spent {Integer(Statistics.Median(totals))}; the top 20% of customers ({Integer(top)}) brought {Percent(Ratio(totals.Take(top).Sum(), totals.Sum()))} of the revenue.";
        if (distribution.NonPositiveCustomers > 0)
        {
            caption += $" {Integer(distribution.NonPositiveCustomers)} customers with a total of zero or less are not drawn.";
        }
        return new ReportFigure("monetary-distribution", new Histogram("Customers by total spend", "Total spend per customer", "Customers", bins, LogScale: true), caption);
    }
}
