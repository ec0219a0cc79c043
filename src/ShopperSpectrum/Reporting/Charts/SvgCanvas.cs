using System.Net;
using System.Text;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Charts;

/// <summary>Writes one inline SVG element: coordinates rounded, every text and attribute value HTML-encoded.</summary>
internal sealed class SvgCanvas
{
    public const double FontSize = 12;
    private readonly StringBuilder svg = new();

    public SvgCanvas(string kind, string title, double width, double height)
    {
        svg.Append($"<svg class=\"chart\" data-chart=\"{kind}\" viewBox=\"0 0 {Coordinate(width)} {Coordinate(height)}\" role=\"img\" aria-label=\"{Encode(title)}\"")
            .Append($" font-size=\"{Coordinate(FontSize)}\" fill=\"{ChartPalette.Ink}\">");
        svg.Append($"<title>{Encode(title)}</title>");
        Text(width / 2, 18, title, "middle", weight: "600", size: 14);
    }

    /// <summary>A rectangle with optional <c>data-</c> attributes and a tooltip.</summary>
    public void Rect(double x, double y, double width, double height, string fill, string? tooltip = null, params (string Name, string Value)[] data)
    {
        svg.Append($"<rect x=\"{Coordinate(x)}\" y=\"{Coordinate(y)}\" width=\"{Coordinate(Math.Max(width, 0))}\" height=\"{Coordinate(Math.Max(height, 0))}\" fill=\"{fill}\"");
        AppendData(data);
        CloseWithTooltip("rect", tooltip);
    }

    public void Circle(double x, double y, double radius, string fill, string? tooltip = null, params (string Name, string Value)[] data)
    {
        svg.Append($"<circle cx=\"{Coordinate(x)}\" cy=\"{Coordinate(y)}\" r=\"{Coordinate(radius)}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"1.5\"");
        AppendData(data);
        CloseWithTooltip("circle", tooltip);
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false) =>
        svg.Append($"<line x1=\"{Coordinate(x1)}\" y1=\"{Coordinate(y1)}\" x2=\"{Coordinate(x2)}\" y2=\"{Coordinate(y2)}\" stroke=\"{stroke}\" stroke-width=\"{Coordinate(width)}\"")
            .Append(dashed ? " stroke-dasharray=\"4 3\"/>" : "/>");

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 2) =>
        svg.Append($"<polyline fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{Coordinate(width)}\" stroke-linejoin=\"round\" points=\"")
            .AppendJoin(' ', points.Select(p => $"{Coordinate(p.X)},{Coordinate(p.Y)}"))
            .Append("\"/>");

    /// <summary>A text; <paramref name="anchor"/> is start, middle or end; <paramref name="rotate"/> turns it about its anchor point.</summary>
    public void Text(double x, double y, string text, string anchor = "start", string? fill = null, string? weight = null, double? size = null, double rotate = 0)
    {
        svg.Append($"<text x=\"{Coordinate(x)}\" y=\"{Coordinate(y)}\" text-anchor=\"{anchor}\"");
        if (fill is not null)
        {
            svg.Append($" fill=\"{fill}\"");
        }
        if (weight is not null)
        {
            svg.Append($" font-weight=\"{weight}\"");
        }
        if (size is not null)
        {
            svg.Append($" font-size=\"{Coordinate(size.Value)}\"");
        }
        if (rotate != 0)
        {
            svg.Append($" transform=\"rotate({Coordinate(rotate)} {Coordinate(x)} {Coordinate(y)})\"");
        }
        svg.Append('>').Append(Encode(text)).Append("</text>");
    }

    /// <summary>A text cut to about <paramref name="maxWidth"/> pixels with an ellipsis; the full text shows as its tooltip.</summary>
    public void FittedText(double x, double y, string text, double maxWidth, string anchor = "start", string? fill = null, double size = FontSize)
    {
        if (TextWidth(text, size) <= maxWidth)
        {
            Text(x, y, text, anchor, fill, size: size);
            return;
        }
        var fitted = text;
        while (fitted.Length > 1 && TextWidth(fitted + "…", size) > maxWidth)
        {
            fitted = fitted[..^1];
        }
        fitted = fitted.TrimEnd() + "…";
        svg.Append($"<text x=\"{Coordinate(x)}\" y=\"{Coordinate(y)}\" text-anchor=\"{anchor}\" font-size=\"{Coordinate(size)}\"")
            .Append(fill is null ? "" : $" fill=\"{fill}\"")
            .Append($"><title>{Encode(text)}</title>{Encode(fitted)}</text>");
    }

    /// <summary>An estimate of a text's width in pixels: per-character widths of a wide sans-serif face, so that labels fit whichever face the reader has.</summary>
    public static double TextWidth(string text, double size = FontSize) => text.Sum(GlyphWidth) * size;

    public override string ToString() => svg + "</svg>";

    private static double GlyphWidth(char c) => c switch
    {
        ' ' => 0.32,
        >= 'A' and <= 'Z' => 0.7,
        >= 'a' and <= 'z' => 0.56,
        >= '0' and <= '9' => 0.62,
        _ when char.IsLetter(c) => 0.62,
        _ => 0.4,
    };

    private void AppendData((string Name, string Value)[] data)
    {
        foreach (var (name, value) in data)
        {
            svg.Append($" data-{name}=\"{Encode(value)}\"");
        }
    }

    private void CloseWithTooltip(string element, string? tooltip) =>
        svg.Append(tooltip is null ? "/>" : $"><title>{Encode(tooltip)}</title></{element}>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
