using ShopperSpectrum.Reporting;
using ShopperSpectrum.Reporting.Charts;

namespace ShopperSpectrum.Tests.Reporting.Html;

public sealed class HtmlReportRendererTests
{
    private const string Nasty = "<script>alert('x')</script> Mug & \"Cup\" <b>";

    private static readonly ReportDocument Document = new(Nasty, Nasty,
    [
        new ReportSection("one", Nasty,
        [
            new ReportParagraph(Nasty),
            new ReportHeading(Nasty),
            new ReportKeyFigures([new KeyFigure("kpi", Nasty, Nasty, 1.5)]),
            new ReportTable("table", Nasty, [new ReportColumn("name", Nasty, Numeric: false), new ReportColumn("value", "Value")],
                [new ReportRow(Nasty, [Nasty, new ReportCell("2", 2)], [ReportTags.Default, Nasty], Highlight: true)], Nasty),
            new ReportFigure("figure", new BarChart(Nasty, Nasty, [ChartBar.Of(Nasty, 1, Nasty)]), Nasty),
            new ReportActions("actions", [new ReportAction(Nasty, Nasty, Nasty, [Nasty, Nasty])]),
        ]),
    ], Nasty);

    [Fact]
    public void ToHtml_EveryTextFromTheData_IsEncoded()
    {
        var html = ShopReport.ToHtml(Document);
        var dom = HtmlDocument.Parse(html);

        Assert.Empty(dom.QuerySelectorAll("script, b"));
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(Nasty, dom.Title);
        Assert.Equal(Nasty, dom.QuerySelector("h1")!.TextContent);
        Assert.Equal(Nasty, dom.QuerySelector("section p")!.TextContent);
        // The badges follow the text after a space.
        Assert.Equal(Nasty + " ", dom.QuerySelector("td[data-column='name']")!.FirstChild!.TextContent);
        Assert.Equal(Nasty, dom.QuerySelector("tr[data-key]")!.GetAttribute("data-key"));
        Assert.Equal(Nasty, dom.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(Nasty, dom.QuerySelector("li.action h4")!.TextContent);
        Assert.Equal(Nasty, dom.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void ToHtml_Table_NumbersRightAlignedWithExactValuesAndTagsAsBadges()
    {
        var dom = HtmlDocument.Parse(ShopReport.ToHtml(Document));
        var row = dom.QuerySelector("table[data-table='table'] tbody tr")!;

        Assert.True(row.ClassList.Contains("highlight"));
        Assert.Equal(2, row.Cell("value").Value());
        Assert.True(row.Cell("value").ClassList.Contains("num"));
        Assert.False(row.Cell("name").ClassList.Contains("num"));
        Assert.Equal(["default", Nasty], row.QuerySelectorAll(".badge").Select(b => b.TextContent));
        Assert.Equal(1.5, dom.QuerySelector("[data-kpi='kpi']")!.Value());
        Assert.Equal(2, dom.QuerySelectorAll("li.action p.advice").Length);
    }
}
