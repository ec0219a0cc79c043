using System.Globalization;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Recommendation;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Rendering;

/// <summary>Prints recommendation lists and a training summary.</summary>
internal static class RecommendationView
{
    public static void RenderList(IAnsiConsole console, string title, IReadOnlyList<ProductRecommendation> list)
    {
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Simple)
            .AddColumn(new TableColumn("#").RightAligned()).AddColumns("Product", "Name")
            .AddColumn(new TableColumn("Score").RightAligned()).AddColumn("Reason");
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(r.ProductId), Markup.Escape(r.Name),
                r.Score.ToString("0.000", CultureInfo.InvariantCulture), Markup.Escape(r.Reason));
        }
        console.Write(table);
    }

    public static void RenderTraining(IAnsiConsole console, TrainedRecommender trained, string directory)
    {
        var recommender = trained.Recommender;
        console.MarkupLine("Hybrid weights, chosen on the validation window:");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Strategy").AddColumn(new TableColumn("Weight").RightAligned());
        foreach (var (strategy, weight) in recommender.Manifest.Blend)
        {
            table.AddRow(Markup.Escape(strategy), weight.ToString("0.00", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        var validation = double.IsNaN(trained.Tuning.ValidationNdcg)
            ? "too little history for a validation window: every strategy weighs the same"
            : string.Create(CultureInfo.InvariantCulture, $"validation NDCG@10 {trained.Tuning.ValidationNdcg:0.0000}");
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"Trained on {recommender.Data.CustomerCount:N0} customers and {recommender.Data.ProductCount:N0} products in {trained.Elapsed.TotalSeconds:0.0} s " +
            $"({validation}); wrote {Markup.Escape(Path.Combine(directory, ShopperSpectrum.Models.RecommenderStore.FileName))}."));
    }
}
