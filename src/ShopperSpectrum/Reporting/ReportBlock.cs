using ShopperSpectrum.Reporting.Charts;

namespace ShopperSpectrum.Reporting;

/// <summary>A piece of a report section: a paragraph, key figures, a table, a chart, or a list of advice.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text (encoded when rendered).</param>
public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>A sub-heading inside a section.</summary>
/// <param name="Text">The heading's text.</param>
public sealed record ReportHeading(string Text) : ReportBlock;

/// <summary>A row of headline numbers.</summary>
/// <param name="Figures">The numbers, in reading order.</param>
public sealed record ReportKeyFigures(IReadOnlyList<KeyFigure> Figures) : ReportBlock;

/// <summary>One headline number.</summary>
/// <param name="Key">A stable identifier (<c>data-kpi</c>).</param>
/// <param name="Label">What it counts.</param>
/// <param name="Text">The number as printed.</param>
/// <param name="Value">The exact value (<c>data-value</c>), or null for a figure that is not one number (a date range).</param>
public sealed record KeyFigure(string Key, string Label, string Text, double? Value);

/// <summary>A chart with a caption that says what it shows.</summary>
/// <param name="Key">A stable identifier (<c>data-figure</c>).</param>
/// <param name="Chart">The chart.</param>
/// <param name="Caption">What to read from it, drawn from the numbers.</param>
public sealed record ReportFigure(string Key, IChart Chart, string Caption) : ReportBlock;

/// <summary>Advice cards: a title, the facts behind it and what to do.</summary>
/// <param name="Key">A stable identifier (<c>data-actions</c>).</param>
/// <param name="Actions">The cards, most important first.</param>
public sealed record ReportActions(string Key, IReadOnlyList<ReportAction> Actions) : ReportBlock;

/// <summary>One advice card.</summary>
/// <param name="Key">A stable identifier (<c>data-key</c>), for example the segment's name.</param>
/// <param name="Title">Who it is about.</param>
/// <param name="Facts">The numbers that call for it.</param>
/// <param name="Advice">What to do, one point a line.</param>
public sealed record ReportAction(string Key, string Title, string Facts, IReadOnlyList<string> Advice);
