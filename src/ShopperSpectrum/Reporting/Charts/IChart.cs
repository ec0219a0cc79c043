namespace ShopperSpectrum.Reporting.Charts;

/// <summary>A chart that draws itself as inline SVG: no script, no external resource, every data value HTML-encoded.</summary>
public interface IChart
{
    /// <summary>The chart's title, drawn above the plot.</summary>
    string Title { get; }

    /// <summary>The chart as one <c>&lt;svg&gt;</c> element scaled by its view box; every mark carries <c>data-</c> attributes with its exact value.</summary>
    string ToSvg();
}
