using ShopperSpectrum.Analysis;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>Section 1: what was read, how, and what each cleaning rule removed.</summary>
internal static class DataSection
{
    public static ReportSection Build(AnalysisResult analysis, ShopOverview overview)
    {
        var import = analysis.Import;
        var cleaning = import.Cleaning;
        var removed = cleaning.RowsRead - cleaning.RowsClean;
        var biggest = cleaning.Steps.MaxBy(s => s.RowsRemoved);
        var intro = $"{import.FileName} was read as the {import.Layout} layout (dates {import.DateFormat}). Of its {Integer(cleaning.RowsRead)} lines, " +
            $"{Integer(cleaning.RowsClean)} ({Percent(Ratio(cleaning.RowsClean, cleaning.RowsRead))}) are clean, completed sales to known customers; every " +
            "figure in this report is computed from them. Each removed line is counted against the first rule it breaks" +
            (removed > 0 && biggest is not null
                ? $"; the largest cause was {biggest.Rule} ({Integer(biggest.RowsRemoved)} lines, {Percent(Ratio(biggest.RowsRemoved, removed))} of those removed)."
                : ".");
        var rows = new List<ReportRow> { new("read", ["lines read", Cell.Int(cleaning.RowsRead), Cell.Share(1)]) };
        rows.AddRange(cleaning.Steps.Select(s => new ReportRow(s.Rule, [s.Rule, Cell.Int(s.RowsRemoved), Cell.Share(Ratio(s.RowsRemoved, cleaning.RowsRead))])));
        rows.Add(new ReportRow("clean", ["clean lines", Cell.Int(cleaning.RowsClean), Cell.Share(Ratio(cleaning.RowsClean, cleaning.RowsRead))], Highlight: true));
        return new ReportSection("data", "The data and its cleaning",
        [
            new ReportKeyFigures(
            [
                new KeyFigure("lines-read", "Lines read", Integer(cleaning.RowsRead), cleaning.RowsRead),
                new KeyFigure("lines-clean", "Clean lines", Integer(cleaning.RowsClean), cleaning.RowsClean),
                new KeyFigure("customers", "Customers", Integer(overview.Customers), overview.Customers),
                new KeyFigure("orders", "Orders", Integer(overview.Orders), overview.Orders),
                new KeyFigure("products", "Products", Integer(overview.Products), overview.Products),
                new KeyFigure("revenue", "Revenue", Compact(overview.Revenue), overview.Revenue),
                new KeyFigure("dates", "Dates", $"{overview.FirstTimestamp:yyyy-MM-dd} – {overview.LastTimestamp:yyyy-MM-dd}", null),
            ]),
            new ReportParagraph(intro),
            new ReportTable("cleaning", "What cleaning removed",
                [new ReportColumn("rule", "Rule", Numeric: false), new ReportColumn("lines", "Lines"), new ReportColumn("share", "Share of lines read")],
                rows),
        ]);
    }
}
