using ShopperSpectrum.Analysis;
using ShopperSpectrum.Reporting.Charts;
using ShopperSpectrum.Segmentation;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Section 3: the recency, frequency and monetary distributions, the score grid and the named segments.</summary>
internal static class RfmSection
{
    public static ReportSection Build(AnalysisResult analysis)
    {
        var rfm = analysis.Rfm;
        var customers = rfm.Customers;
        var segmentation = analysis.Segmentation;
        var intro = $"For each of the {Integer(customers.Count)} customers, as of {rfm.AsOf:yyyy-MM-dd}: recency is the whole days since their last order, " +
            "frequency the number of distinct orders, monetary their net revenue. Each is scored 1–5 by quintile (5 = most recent, most orders, highest spend), " +
            "and the R score with the mean of the F and M scores names the segment.";
        var recency = customers.Select(c => (double)c.Recency).ToArray();
        var frequency = customers.Select(c => (double)c.Frequency).ToArray();
        var frequencyBins = RfmBins.Of(frequency, 1, 30, tailQuantile: 0.99);
        var monetary = MonetaryDistribution.Of(customers.Select(c => c.Monetary));
        return new ReportSection("rfm", "RFM: recency, frequency, monetary",
        [
            new ReportParagraph(intro),
            new ReportFigure("recency-histogram",
                new Histogram("Recency", "Days since the last order", "Customers", RfmBins.Of(recency, 0, 12)),
                $"Half the customers last ordered within {Integer(Statistics.Median(recency))} days; {Percent(Ratio(recency.Count(r => r > 180), recency.Length))} have not ordered for more than 180 days."),
            new ReportFigure("frequency-histogram",
                new Histogram("Frequency", "Orders per customer", "Customers", frequencyBins),
                $"{Percent(Ratio(frequency.Count(f => f == 1), frequency.Length))} of the customers ordered once; the median customer placed {Integer(Statistics.Median(frequency))} orders. " +
                (frequencyBins[^1].Label.StartsWith('≥') ? $"The last bar holds the {Integer(frequencyBins[^1].Count)} customers with {Integer(frequencyBins[^1].Lower)} orders or more." : "")),
            new ReportFigure("monetary-histogram",
                new Histogram("Monetary", "Net revenue per customer", "Customers",
                    [.. monetary.Bins.Select(b => new HistogramBin(b.Lower, b.Upper, b.Customers, $"{Compact(b.Lower)}–{Compact(b.Upper)}"))], LogScale: true),
                MonetaryCaption(customers)),
            ScoreGrid(segmentation),
            SegmentTable(segmentation.Segments, customers.Count),
            SegmentShares(segmentation.Segments, customers.Count),
        ]);
    }

    private static string MonetaryCaption(IReadOnlyList<CustomerRfm> customers)
    {
        var (median, mean) = (Statistics.Median(customers.Select(c => c.Monetary)), customers.Average(c => c.Monetary));
        return $"The median customer's revenue is {Integer(median)}, the mean {Integer(mean)}: " +
            (mean > 1.5 * median ? "a long tail of big spenders lifts the mean." : "spend is spread fairly evenly, without a long tail of big spenders.");
    }

    private static ReportFigure ScoreGrid(SegmentationResult segmentation)
    {
        var counts = new int[6, 6];
        foreach (var customer in segmentation.Customers)
        {
            var scores = customer.Placement.Scores;
            counts[scores.Recency, scores.FrequencyMonetary]++;
        }
        var map = segmentation.Model.SegmentMap;
        int[] rows = [5, 4, 3, 2, 1];
        int[] columns = [1, 2, 3, 4, 5];
        var cells = rows.Select(r => (IReadOnlyList<HeatmapCell>)[.. columns.Select(fm =>
            new HeatmapCell(counts[r, fm], Integer(counts[r, fm]), map.Segment(new RfmScores(r, fm, fm))))]).ToList();
        return new ReportFigure("score-grid",
            new Heatmap("Customers by R score and FM score", "R score (5 = ordered most recently)", "FM score: mean of the F and M scores, rounded up",
                [.. rows.Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [.. columns.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))], cells),
            "Each cell counts the customers with that pair of scores and names the segment it falls in; darker cells hold more customers.");
    }

    private static ReportTable SegmentTable(IReadOnlyList<SegmentSummary> segments, int customers) =>
        new("segments", "Named segments",
            [
                new ReportColumn("segment", "Segment", Numeric: false), new ReportColumn("customers", "Customers"), new ReportColumn("customer-share", "Share of customers"),
                new ReportColumn("revenue", "Revenue"), new ReportColumn("revenue-share", "Share of revenue"), new ReportColumn("recency", "Mean recency (days)"),
                new ReportColumn("frequency", "Mean orders"), new ReportColumn("monetary", "Mean revenue"),
            ],
            [.. segments.Select(s => new ReportRow(s.Name,
                [s.Name, Cell.Int(s.Customers), Cell.Share(Ratio(s.Customers, customers)), Cell.Number(s.Revenue, 0), Cell.Share(s.RevenueShare),
                 Cell.Number(s.Recency, 1), Cell.Number(s.Frequency, 1), Cell.Number(s.Monetary, 0)]))]);

    private static ReportFigure SegmentShares(IReadOnlyList<SegmentSummary> segments, int customers)
    {
        var top = segments.MaxBy(s => s.RevenueShare)!;
        return new ReportFigure("segment-shares",
            new BarChart("Share of customers and of revenue by segment", "Share (%)",
                [.. segments.Select(s => new ChartBar(s.Name,
                    [new ChartValue(Ratio(s.Customers, customers) * 100, Percent(Ratio(s.Customers, customers))), new ChartValue(s.RevenueShare * 100, Percent(s.RevenueShare))]))],
                ["customers", "revenue"]),
            $"{top.Name} are {Percent(Ratio(top.Customers, customers))} of the customers and bring {Percent(top.RevenueShare)} of the revenue.");
    }
}
