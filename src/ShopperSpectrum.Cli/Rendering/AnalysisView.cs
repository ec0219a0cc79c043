using System.Globalization;
using ShopperSpectrum.Analysis;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Rendering;

/// <summary>Prints an analysis as the tables a person reads: cleaning, RFM segments, K-Means candidates and clusters.</summary>
internal static class AnalysisView
{
    /// <summary>Prints the tables, then, once <paramref name="written"/> has finished, what was written where.</summary>
    public static void Render(IAnsiConsole console, AnalysisResult result, string outDirectory, string? jsonPath, Task written)
    {
        var import = result.Import;
        console.MarkupLine($"[bold]{Markup.Escape(import.FileName)}[/]: {Markup.Escape(import.Layout)} layout, dates {Markup.Escape(import.DateFormat)}, " +
            $"{Int(import.Cleaning.RowsRead)} lines read, {Int(import.Cleaning.RowsClean)} clean, " +
            $"{Int(import.Customers)} customers, {Int(import.Products)} products, {import.FirstTimestamp:yyyy-MM-dd} to {import.LastTimestamp:yyyy-MM-dd}.");
        console.Write(Cleaning(result));
        console.Write(Segments(result));
        console.Write(Candidates(result));
        console.Write(Clusters(result));
        var timings = string.Join(", ", result.Timings.Select(t => $"{t.Stage.ToString().ToLowerInvariant()} {t.Elapsed.TotalSeconds:0.00} s"));
        written.GetAwaiter().GetResult();
        if (result.Recommender is { } trained)
        {
            RecommendationView.RenderTraining(console, trained, outDirectory);
        }
        console.MarkupLine($"Wrote {Markup.Escape(Path.Combine(outDirectory, "customers.csv"))}, segments.csv and the model" +
            (jsonPath is null ? "" : $"; summary {Markup.Escape(jsonPath)}") + $". ({timings})");
    }

    private static Table Cleaning(AnalysisResult result)
    {
        var report = result.Import.Cleaning;
        var table = new Table().Title("Cleaning").AddColumn("Rule").AddColumn(new TableColumn("Lines removed").RightAligned());
        table.AddRow("lines read", Int(report.RowsRead));
        foreach (var step in report.Steps)
        {
            table.AddRow(Markup.Escape(step.Rule), Int(step.RowsRemoved));
        }
        return table.AddRow("[bold]clean lines[/]", $"[bold]{Int(report.RowsClean)}[/]");
    }

    private static Table Segments(AnalysisResult result)
    {
        var table = new Table().Title($"RFM segments (as of {result.Rfm.AsOf:yyyy-MM-dd})")
            .AddColumn("Segment").AddColumns(Right("Customers"), Right("Revenue share"), Right("Mean R (days)"), Right("Mean F"), Right("Mean M"));
        foreach (var s in result.Segmentation.Segments)
        {
            table.AddRow(Markup.Escape(s.Name), Int(s.Customers), Percent(s.RevenueShare), Num(s.Recency, "0.0"), Num(s.Frequency, "0.0"), Num(s.Monetary, "#,##0"));
        }
        return table;
    }

    private static Table Candidates(AnalysisResult result)
    {
        var search = result.Segmentation.Search;
        var chosen = result.Segmentation.Model.Clusters.K;
        var note = search.SilhouetteSampled ? $" (silhouette on a sample of {Int(search.SilhouetteSampleSize)} customers, seed {search.SilhouetteSeed})" : "";
        var table = new Table().Title("K-Means candidates" + note).AddColumns(Right("k"), Right("Inertia"), Right("Silhouette"), new TableColumn(""));
        foreach (var c in search.Candidates)
        {
            var marks = new List<string>();
            if (c.K == search.ElbowK) marks.Add("elbow");
            if (c.K == search.BestSilhouetteK) marks.Add("best silhouette");
            if (c.K == chosen) marks.Add("[bold]chosen[/]");
            table.AddRow(Int(c.K), Num(c.Inertia, "#,##0.00"), Num(c.Silhouette, "0.000"), string.Join(", ", marks));
        }
        return table;
    }

    private static Table Clusters(AnalysisResult result)
    {
        var table = new Table().Title("Clusters").AddColumn("Label")
            .AddColumns(Right("Customers"), Right("Revenue share"), Right("Mean R (days)"), Right("Mean F"), Right("Mean M"));
        foreach (var c in result.Segmentation.Clusters.OrderByDescending(c => c.Monetary))
        {
            table.AddRow(Markup.Escape(c.Label), Int(c.Size), Percent(c.RevenueShare), Num(c.Recency, "0.0"), Num(c.Frequency, "0.0"), Num(c.Monetary, "#,##0"));
        }
        return table;
    }

    private static TableColumn Right(string header) => new TableColumn(header).RightAligned();

    private static string Int(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
