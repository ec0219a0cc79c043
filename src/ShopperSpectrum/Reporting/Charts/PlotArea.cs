using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Charts;

/// <summary>The rectangle data is drawn in, and the value axes and titles around it.</summary>
internal sealed record PlotArea(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    /// <summary>The y coordinate of <paramref name="value"/> on a vertical value axis.</summary>
    public double Y(NiceScale scale, double value) => Bottom - (scale.Fraction(value) * Height);

    /// <summary>The x coordinate of <paramref name="value"/> on a horizontal value axis.</summary>
    public double X(NiceScale scale, double value) => Left + (scale.Fraction(value) * Width);

    /// <summary>Grid lines and tick labels of a vertical value axis on the left, and its title turned upright.</summary>
    public void DrawValueAxisLeft(SvgCanvas canvas, NiceScale scale, string title)
    {
        foreach (var tick in scale.Ticks())
        {
            var y = Y(scale, tick);
            canvas.Line(Left, y, Right, y, tick == 0 ? ChartPalette.Axis : ChartPalette.Grid);
            canvas.Text(Left - 6, y + 4, Compact(tick), "end", ChartPalette.Axis);
        }
        canvas.Text(14, Top + (Height / 2), title, "middle", ChartPalette.Axis, rotate: -90);
    }

    /// <summary>Grid lines and tick labels of a horizontal value axis below the plot, and its title.</summary>
    public void DrawValueAxisBelow(SvgCanvas canvas, NiceScale scale, string title)
    {
        foreach (var tick in scale.Ticks())
        {
            var x = X(scale, tick);
            canvas.Line(x, Top, x, Bottom, tick == 0 ? ChartPalette.Axis : ChartPalette.Grid);
            canvas.Text(x, Bottom + 16, Compact(tick), "middle", ChartPalette.Axis);
        }
        canvas.Text(Left + (Width / 2), Bottom + 36, title, "middle", ChartPalette.Axis);
    }

    /// <summary>The title of a horizontal category axis, <paramref name="offset"/> pixels below the plot.</summary>
    public void DrawAxisTitleBelow(SvgCanvas canvas, string title, double offset) =>
        canvas.Text(Left + (Width / 2), Bottom + offset, title, "middle", ChartPalette.Axis);

    /// <summary>How far below the plot <see cref="DrawCategoryLabels"/> reaches for these labels in slots this wide.</summary>
    public static double CategoryLabelDepth(IReadOnlyList<string> labels, double slot)
    {
        var (turned, _, widest) = LabelLayout(labels, slot);
        return turned ? 14 + (widest * 0.65) : 20;
    }

    /// <summary>Category labels centred under evenly spaced slots; every n-th when they would collide, turned when long.</summary>
    public void DrawCategoryLabels(SvgCanvas canvas, IReadOnlyList<string> labels, double slot)
    {
        var (turned, every, _) = LabelLayout(labels, slot);
        for (var i = 0; i < labels.Count; i += every)
        {
            var centre = Left + (slot * (i + 0.5));
            if (turned)
            {
                canvas.Text(centre + 4, Bottom + 12, labels[i], "end", ChartPalette.Axis, rotate: -40);
            }
            else
            {
                canvas.Text(centre, Bottom + 16, labels[i], "middle", ChartPalette.Axis);
            }
        }
    }

    private static (bool Turned, int Every, double Widest) LabelLayout(IReadOnlyList<string> labels, double slot)
    {
        var widest = labels.Select(l => SvgCanvas.TextWidth(l)).DefaultIfEmpty(0).Max();
        var turned = widest > slot * 1.6 && widest > 40;
        var every = turned ? (int)Math.Ceiling(SvgCanvas.FontSize * 1.4 / slot) : (int)Math.Ceiling((widest + 8) / slot);
        return (turned, Math.Max(every, 1), widest);
    }
}
