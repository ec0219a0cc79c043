using System.Globalization;
using ShopperSpectrum.Evaluation;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Rendering;

/// <summary>Prints an evaluation: the split, then one row per strategy, the default marked with a star.</summary>
internal static class EvaluationView
{
    public static void Render(IAnsiConsole console, string fileName, EvaluationReport report, string? jsonPath)
    {
        console.MarkupLine($"[bold]{Markup.Escape(fileName)}[/]: trained on lines before {report.Cutoff:yyyy-MM-dd HH:mm} " +
            $"({Int(report.TrainingCustomers)} customers, {Int(report.TrainingProducts)} products), tested on the last {report.HoldoutDays} days: " +
            $"{Int(report.EvaluatedCustomers)} customers bought something new.");
        var k = report.K.ToString(CultureInfo.InvariantCulture);
        var table = new Table().Title($"Recommenders, top {k} (* default: the hybrid, weights chosen on a validation window)").Border(TableBorder.Simple).AddColumn(new TableColumn("Strategy").PadRight(0))
            .AddColumns(Right($"P@{k}"), Right($"R@{k}"), Right($"NDCG@{k}"), Right($"Hit@{k}"), Right($"MAP@{k}"),
                Right("Cover"), Right("Fit s"), Right("µs/rec"));
        foreach (var s in report.Strategies)
        {
            var isDefault = s.Name == report.DefaultStrategy;
            table.AddRow(isDefault ? $"[bold]{Markup.Escape(s.Name)} *[/]" : Markup.Escape(s.Name),
                Num(s.PrecisionAtK), Num(s.RecallAtK), Num(s.NdcgAtK), Num(s.HitRateAtK), Num(s.MapAtK), Num(s.Coverage),
                (s.FitMs / 1_000).ToString("0.000", CultureInfo.InvariantCulture), (s.RecommendMs * 1_000).ToString("0", CultureInfo.InvariantCulture));
        }
        console.Write(table.Caption("Fit s and µs/rec are timed with two strategies judged at a time."));
        if (report.DefaultBySegment.Count > 0)
        {
            var segments = new Table().Title($"{Markup.Escape(report.DefaultStrategy)} by customer cluster (clusters of the training window)")
                .Border(TableBorder.Simple).AddColumn("Cluster")
                .AddColumns(Right("Customers"), Right($"P@{k}"), Right($"R@{k}"), Right($"NDCG@{k}"), Right($"Hit@{k}"), Right($"MAP@{k}"));
            foreach (var s in report.DefaultBySegment)
            {
                segments.AddRow(Markup.Escape(s.Segment), Int(s.Customers), Num(s.PrecisionAtK), Num(s.RecallAtK), Num(s.NdcgAtK), Num(s.HitRateAtK), Num(s.MapAtK));
            }
            console.Write(segments);
        }
        if (jsonPath is not null)
        {
            console.MarkupLine($"Wrote {Markup.Escape(jsonPath)}.");
        }
    }

    private static TableColumn Right(string header) => new TableColumn(header).RightAligned().PadLeft(1).PadRight(0);

    private static string Int(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
