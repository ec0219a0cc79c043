namespace ShopperSpectrum.Reporting;

/// <summary>A report as sections of paragraphs, key figures, tables, charts and advice, independent of how it is rendered.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Subtitle">One line on what the report covers.</param>
/// <param name="Sections">The sections, in reading order.</param>
/// <param name="Footer">A closing line: where the figures come from and when the report was made.</param>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections, string Footer);

/// <summary>One section of a report.</summary>
/// <param name="Key">A stable identifier (an HTML id and <c>data-section</c>), for example "clusters".</param>
/// <param name="Title">The section's heading.</param>
/// <param name="Blocks">Its content, in reading order.</param>
public sealed record ReportSection(string Key, string Title, IReadOnlyList<ReportBlock> Blocks);
