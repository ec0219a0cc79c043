using System.Net;
using System.Text;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Html;

/// <summary>Renders a report as one self-contained HTML file: inline CSS and SVG, no script, no external resource; every text encoded.</summary>
internal static class HtmlReportRenderer
{
    public static string Render(ReportDocument document)
    {
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{Encode(document.Title)}</title>\n<style>\n{ReportStyles.Css}</style>\n</head>\n<body>\n<main>\n")
            .Append($"<header class=\"report-header\">\n<p class=\"eyebrow\">Shopper Spectrum</p>\n<h1>{Encode(document.Title)}</h1>\n")
            .Append($"<p class=\"subtitle\">{Encode(document.Subtitle)}</p>\n");
        Contents(html, document.Sections);
        html.Append("</header>\n");
        for (var i = 0; i < document.Sections.Count; i++)
        {
            Section(html, document.Sections[i], i + 1);
        }
        html.Append($"<footer>{Encode(document.Footer)}</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Contents(StringBuilder html, IReadOnlyList<ReportSection> sections)
    {
        html.Append("<nav class=\"contents\" aria-label=\"Contents\"><ol>");
        foreach (var section in sections)
        {
            html.Append($"<li><a href=\"#{Encode(section.Key)}\">{Encode(section.Title)}</a></li>");
        }
        html.Append("</ol></nav>\n");
    }

    private static void Section(StringBuilder html, ReportSection section, int number)
    {
        html.Append($"<section id=\"{Encode(section.Key)}\" data-section=\"{Encode(section.Key)}\">\n")
            .Append($"<h2><span class=\"number\">{number}</span>{Encode(section.Title)}</h2>\n");
        foreach (var block in section.Blocks)
        {
            Block(html, block);
        }
        html.Append("</section>\n");
    }

    private static void Block(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                html.Append($"<p>{Encode(paragraph.Text)}</p>\n");
                break;
            case ReportHeading heading:
                html.Append($"<h3>{Encode(heading.Text)}</h3>\n");
                break;
            case ReportKeyFigures figures:
                KeyFigures(html, figures);
                break;
            case ReportFigure figure:
                html.Append($"<figure data-figure=\"{Encode(figure.Key)}\">\n{figure.Chart.ToSvg()}\n<figcaption>{Encode(figure.Caption)}</figcaption>\n</figure>\n");
                break;
            case ReportTable table:
                Table(html, table);
                break;
            case ReportActions actions:
                Actions(html, actions);
                break;
            default:
                throw new NotSupportedException($"No HTML for {block.GetType().Name}.");
        }
    }

    private static void KeyFigures(StringBuilder html, ReportKeyFigures figures)
    {
        html.Append("<div class=\"kpis\">\n");
        foreach (var figure in figures.Figures)
        {
            var value = figure.Value is { } exact ? $" data-value=\"{Exact(exact)}\"" : "";
            html.Append($"<div class=\"kpi\" data-kpi=\"{Encode(figure.Key)}\"{value}><span class=\"label\">{Encode(figure.Label)}</span>")
                .Append($"<span class=\"value\">{Encode(figure.Text)}</span></div>\n");
        }
        html.Append("</div>\n");
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.Append($"<div class=\"table\">\n<h3>{Encode(table.Title)}</h3>\n<table data-table=\"{Encode(table.Key)}\">\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append($"<th scope=\"col\"{(column.Numeric ? " class=\"num\"" : "")}>{Encode(column.Header)}</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            var tags = row.Tags ?? [];
            html.Append($"<tr data-key=\"{Encode(row.Key)}\"")
                .Append(tags.Count > 0 ? $" data-tags=\"{Encode(string.Join(' ', tags))}\"" : "")
                .Append(row.Highlight ? " class=\"highlight\">" : ">");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var (cell, column) = (row.Cells[c], table.Columns[c]);
                html.Append($"<td data-column=\"{Encode(column.Key)}\"")
                    .Append(column.Numeric ? " class=\"num\"" : "")
                    .Append(cell.Value is { } value ? $" data-value=\"{Exact(value)}\">" : ">")
                    .Append(Encode(cell.Text));
                if (c == 0)
                {
                    foreach (var tag in tags)
                    {
                        html.Append($" <span class=\"badge {Encode(tag)}\">{Encode(BadgeText(tag))}</span>");
                    }
                }
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (table.Note is not null)
        {
            html.Append($"<p class=\"note\">{Encode(table.Note)}</p>\n");
        }
        html.Append("</div>\n");
    }

    private static void Actions(StringBuilder html, ReportActions actions)
    {
        html.Append($"<ul class=\"actions\" data-actions=\"{Encode(actions.Key)}\">\n");
        foreach (var action in actions.Actions)
        {
            html.Append($"<li class=\"action\" data-key=\"{Encode(action.Key)}\"><h4>{Encode(action.Title)}</h4>")
                .Append($"<p class=\"facts\">{Encode(action.Facts)}</p>")
                .AppendJoin("", action.Advice.Select(a => $"<p class=\"advice\">{Encode(a)}</p>"))
                .Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    /// <summary>How a row tag reads as a badge.</summary>
    private static string BadgeText(string tag) => tag switch
    {
        ReportTags.Seed => "seeds' method",
        ReportTags.Default => "default",
        _ => tag,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
