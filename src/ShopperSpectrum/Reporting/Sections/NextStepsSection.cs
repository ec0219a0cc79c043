using ShopperSpectrum.Analysis;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Section 6: what to do next with each segment, most revenue first, drawn from the segment's numbers.</summary>
internal static class NextStepsSection
{
    public static ReportSection Build(AnalysisResult analysis)
    {
        var customers = analysis.Rfm.Customers;
        var segments = analysis.Segmentation.Segments.OrderByDescending(s => s.RevenueShare).ToList();
        var (shopRecency, shopFrequency) = (customers.Average(c => c.Recency), customers.Average(c => c.Frequency));
        var leaders = new List<string>();
        var covered = 0.0;
        foreach (var segment in segments.TakeWhile(_ => covered < 0.8))
        {
            leaders.Add(segment.Name);
            covered += segment.RevenueShare;
        }
        var intro = $"Segments in order of the revenue they bring. {leaders.Count} of {segments.Count} segments ({string.Join(", ", leaders)}) hold " +
            $"{Percent(covered)} of the revenue: keep them first. The average customer last ordered {Integer(shopRecency)} days ago and ordered {Fixed(shopFrequency, 1)} times.";
        var actions = segments.Select(s => new ReportAction(s.Name, s.Name,
            $"{Integer(s.Customers)} customers ({Percent(Ratio(s.Customers, customers.Count))}), {Percent(s.RevenueShare)} of revenue, last bought {Integer(s.Recency)} days ago on average, " +
            $"{Fixed(s.Frequency, 1)} orders and {Integer(s.Monetary)} revenue each.",
            [SegmentPlaybook.For(s, shopRecency, shopFrequency)]));
        return new ReportSection("next", "What to do next", [new ReportParagraph(intro), new ReportActions("segments", [.. actions])]);
    }
}
