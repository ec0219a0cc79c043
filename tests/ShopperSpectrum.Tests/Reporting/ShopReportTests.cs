using ShopperSpectrum.Analysis;
using ShopperSpectrum.Reporting;

namespace ShopperSpectrum.Tests.Reporting;

public sealed class ShopReportTests : WorkspaceTest
{
    [Fact]
    public void Html_ShopTooSmallForAHoldout_WholeReportWithTheReasonInPlaceOfTheEvaluation()
    {
        var path = Temp.Write("lines.csv", """
            order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price
            1,c1,p1,Mug,2024-01-03 10:00:00,2,5
            2,c2,p2,Plate,2024-01-04 10:00:00,1,7
            3,c3,p1,Mug,2024-01-05 10:00:00,3,5
            4,c4,p3,Bowl,2024-01-06 10:00:00,1,4
            """);
        var analysis = Analyzer.Run(Workspace, path);

        var dom = HtmlDocument.Parse(ShopReport.Html(Workspace, analysis));

        Assert.Equal(6, dom.QuerySelectorAll("section").Length);
        Assert.Contains("could not be evaluated", dom.QuerySelector("section[data-section='recommendations']")!.TextContent);
        Assert.Equal(4, dom.QuerySelector("[data-kpi='customers']")!.Value());
        Assert.Empty(dom.QuerySelectorAll("figure[data-figure='lines-by-country']"));
    }
}
