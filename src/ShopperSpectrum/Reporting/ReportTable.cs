namespace ShopperSpectrum.Reporting;

/// <summary>A table with a title; numeric columns are right-aligned and their cells carry exact values.</summary>
/// <param name="Key">A stable identifier (<c>data-table</c>).</param>
/// <param name="Title">The table's heading.</param>
/// <param name="Columns">The columns, left to right.</param>
/// <param name="Rows">The rows, top to bottom.</param>
/// <param name="Note">A line under the table, or null.</param>
public sealed record ReportTable(string Key, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows, string? Note = null) : ReportBlock;

/// <summary>A table column.</summary>
/// <param name="Key">A stable identifier (<c>data-column</c> on its cells).</param>
/// <param name="Header">The header text.</param>
/// <param name="Numeric">Right-align the column.</param>
public sealed record ReportColumn(string Key, string Header, bool Numeric = true);

/// <summary>A table row.</summary>
/// <param name="Key">A stable identifier (<c>data-key</c>), for example the segment's name.</param>
/// <param name="Cells">One cell per column.</param>
/// <param name="Tags">Short labels shown as badges in the first cell and listed in <c>data-tags</c> (for example "default").</param>
/// <param name="Highlight">Emphasise the row.</param>
public sealed record ReportRow(string Key, IReadOnlyList<ReportCell> Cells, IReadOnlyList<string>? Tags = null, bool Highlight = false);

/// <summary>A table cell: its text and, for a number, the exact value (<c>data-value</c>).</summary>
/// <param name="Text">The cell as printed.</param>
/// <param name="Value">The exact number, or null for text.</param>
public sealed record ReportCell(string Text, double? Value = null)
{
    /// <summary>A text cell.</summary>
    public static implicit operator ReportCell(string text) => new(text);
}
