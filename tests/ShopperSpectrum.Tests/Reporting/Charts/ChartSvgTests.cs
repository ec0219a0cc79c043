using ShopperSpectrum.Reporting.Charts;

namespace ShopperSpectrum.Tests.Reporting.Charts;

public sealed class ChartSvgTests
{
    private const string Nasty = "<b>Mug & \"Cup\"</b> 'x'";

    public static TheoryData<string, IChart> Charts => new()
    {
        { "bar", new BarChart(Nasty, "Revenue", [ChartBar.Of(Nasty, 12.5, "12.5"), ChartBar.Of("Plate", 3, "3", highlight: true)]) },
        { "line", new LineChart(Nasty, "Month", "Revenue", [new ChartPoint(Nasty, 1, "1"), new ChartPoint("b", 2, "2", Mark: Nasty)]) },
        { "histogram", new Histogram(Nasty, "Spend", "Customers", [new HistogramBin(1, 10, 4, Nasty), new HistogramBin(10, 100, 2, "10–100")], LogScale: true) },
        { "heatmap", new Heatmap(Nasty, "R", "FM", [Nasty], ["1", "2"], [[new HeatmapCell(1, "1", Nasty), new HeatmapCell(0, "0")]]) },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void ToSvg_TextFromTheData_IsEncodedAndReadsBackExactly(string kind, IChart chart)
    {
        var svg = chart.ToSvg();
        var dom = HtmlDocument.Parse($"<body>{svg}</body>");

        Assert.DoesNotContain("<b>", svg);
        Assert.Empty(dom.QuerySelectorAll("b"));
        Assert.Equal(kind, dom.QuerySelector("svg")!.GetAttribute("data-chart"));
        Assert.Equal(Nasty, dom.QuerySelector("svg > title")!.TextContent);
        Assert.Contains(dom.QuerySelectorAll("text, title"), t => t.TextContent == Nasty);
        Assert.DoesNotContain("http", svg);
    }

    [Fact]
    public void BarChart_EachBarCarriesItsLabelAndExactValue()
    {
        var chart = new BarChart("Lines", "Lines", [ChartBar.Of("France", 0.1 + 0.2, "0.3"), ChartBar.Of("Spain", 7, "7", highlight: true)]);

        var bars = HtmlDocument.Parse(chart.ToSvg()).QuerySelectorAll("rect[data-label]");

        Assert.Equal(["France", "Spain"], bars.Select(b => b.GetAttribute("data-label")));
        Assert.Equal(0.1 + 0.2, bars[0].Value());
        Assert.Equal(ChartPalette.Accent, bars[1].GetAttribute("fill"));
        Assert.True(double.Parse(bars[1].GetAttribute("width")!) > double.Parse(bars[0].GetAttribute("width")!));
    }

    [Fact]
    public void Histogram_LogScale_LabelsOnlyThePowersOfTen()
    {
        var bins = Enumerable.Range(0, 8).Select(i => new HistogramBin(Math.Pow(10, i / 4.0), Math.Pow(10, (i + 1) / 4.0), i, $"{i}")).ToList();

        var texts = HtmlDocument.Parse(new Histogram("Spend", "Spend", "Customers", bins, LogScale: true).ToSvg())
            .QuerySelectorAll("text").Select(t => t.TextContent).ToList();

        Assert.Contains("1", texts);
        Assert.Contains("10", texts);
        Assert.Contains("100", texts);
        Assert.DoesNotContain("3", texts);
    }

    [Fact]
    public void LineChart_MarkedPoint_DrawnInTheAccentWithItsNote()
    {
        var chart = new LineChart("Inertia", "k", "Inertia", [new ChartPoint("2", 10, "10"), new ChartPoint("3", 6, "6", "chosen")]);

        var points = HtmlDocument.Parse(chart.ToSvg()).QuerySelectorAll("circle");

        Assert.Equal(["", "chosen"], points.Select(p => p.GetAttribute("data-mark")));
        Assert.Equal(ChartPalette.Accent, points[1].GetAttribute("fill"));
    }
}
