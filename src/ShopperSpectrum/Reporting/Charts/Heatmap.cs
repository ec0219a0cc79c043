using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Charts;

/// <summary>A grid of cells shaded from white to the primary colour by value, each with its text and an optional note.</summary>
/// <param name="Title">The chart's title.</param>
/// <param name="RowLabel">What the rows are.</param>
/// <param name="ColumnLabel">What the columns are.</param>
/// <param name="Rows">Row headers, top to bottom.</param>
/// <param name="Columns">Column headers, left to right.</param>
/// <param name="Cells">One list per row, one cell per column.</param>
public sealed record Heatmap(string Title, string RowLabel, string ColumnLabel, IReadOnlyList<string> Rows, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<HeatmapCell>> Cells) : IChart
{
    private const double Width = 720;
    private const double CellHeight = 50;

    /// <inheritdoc/>
    public string ToSvg()
    {
        var headerWidth = Math.Max(Rows.Select(r => SvgCanvas.TextWidth(r)).DefaultIfEmpty(0).Max(), 16);
        var plot = new PlotArea(headerWidth + 40, 36, Width - headerWidth - 40 - 16, Rows.Count * CellHeight);
        var canvas = new SvgCanvas("heatmap", Title, Width, plot.Bottom + 48);
        var cellWidth = plot.Width / Math.Max(Columns.Count, 1);
        var max = Cells.SelectMany(r => r).Select(c => c.Value).DefaultIfEmpty(0).Max();
        for (var r = 0; r < Rows.Count; r++)
        {
            var y = plot.Top + (r * CellHeight);
            canvas.Text(plot.Left - 8, y + (CellHeight / 2) + 4, Rows[r], "end", ChartPalette.Axis);
            for (var c = 0; c < Columns.Count; c++)
            {
                var cell = Cells[r][c];
                var x = plot.Left + (c * cellWidth);
                var shade = max > 0 ? cell.Value / max : 0;
                canvas.Rect(x + 1, y + 1, cellWidth - 2, CellHeight - 2, ChartPalette.Ramp(shade), cell.Note is null ? cell.Text : $"{cell.Text} · {cell.Note}",
                    ("row", Rows[r]), ("column", Columns[c]), ("value", Exact(cell.Value)));
                var ink = shade > 0.55 ? "#ffffff" : ChartPalette.Ink;
                canvas.Text(x + (cellWidth / 2), y + (cell.Note is null ? 29 : 22), cell.Text, "middle", ink, "600");
                if (cell.Note is not null)
                {
                    canvas.FittedText(x + (cellWidth / 2), y + 38, cell.Note, cellWidth - 6, "middle", ink, 10);
                }
            }
        }
        for (var c = 0; c < Columns.Count; c++)
        {
            canvas.Text(plot.Left + ((c + 0.5) * cellWidth), plot.Bottom + 16, Columns[c], "middle", ChartPalette.Axis);
        }
        canvas.Text(14, plot.Top + (plot.Height / 2), RowLabel, "middle", ChartPalette.Axis, rotate: -90);
        plot.DrawAxisTitleBelow(canvas, ColumnLabel, 36);
        return canvas.ToString();
    }
}

/// <summary>One cell of a <see cref="Heatmap"/>.</summary>
/// <param name="Value">The value that sets the shade.</param>
/// <param name="Text">The value as printed.</param>
/// <param name="Note">A second, smaller line (for example the segment the cell belongs to).</param>
public sealed record HeatmapCell(double Value, string Text, string? Note = null);
