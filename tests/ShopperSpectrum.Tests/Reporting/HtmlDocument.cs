using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ShopperSpectrum.Tests.Reporting;

/// <summary>Reads a rendered report back through an HTML5 parser, so tests see what a browser sees.</summary>
internal static class HtmlDocument
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The exact number a table cell, key figure or chart mark carries.</summary>
    public static double Value(this IElement element, string attribute = "data-value") =>
        double.Parse(element.GetAttribute(attribute) ?? throw new InvalidOperationException($"no {attribute} on {element.OuterHtml}"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows of the table with this data-table key, by their data-key.</summary>
    public static Dictionary<string, IElement> Rows(this IDocument document, string table) =>
        document.QuerySelectorAll($"table[data-table='{table}'] tbody tr").ToDictionary(r => r.GetAttribute("data-key")!);

    /// <summary>The cell of a row in the column with this data-column key.</summary>
    public static IElement Cell(this IElement row, string column) =>
        row.QuerySelector($"td[data-column='{column}']") ?? throw new InvalidOperationException($"no column {column} in {row.OuterHtml}");
}
