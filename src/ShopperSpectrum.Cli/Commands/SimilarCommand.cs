using System.CommandLine;
using ShopperSpectrum.Cli.Rendering;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum similar --product ID | --name TEXT --model DIR`: products bought by the same customers.</summary>
internal static class SimilarCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var product = new Option<string?>("--product", "-p") { Description = "Product id." };
        var name = new Option<string?>("--name", "-n") { Description = "Part of a product name (case-insensitive); the best match is used." };
        var model = ModelOptions.Directory();
        var top = ModelOptions.Top(5);
        var command = new Command("similar", "List products bought by the same customers as a product (co-purchase cosine).") { product, name, model, top };
        command.SetAction(parse => CommandErrors.Guard(error, () =>
        {
            var (id, fragment) = (parse.GetValue(product), parse.GetValue(name));
            if ((id is null) == (fragment is null))
            {
                throw new ArgumentException("give either --product ID or --name TEXT.");
            }
            var k = ModelOptions.CheckTop(parse.GetValue(top));
            var recommender = RecommenderStore.Load(parse.GetValue(model)!);
            if (fragment is not null)
            {
                var match = recommender.FindProducts(fragment).FirstOrDefault()
                    ?? throw new UnknownProductException(fragment, $"no product name contains \"{fragment}\".");
                console.MarkupLine($"Matched [bold]{Markup.Escape(match.Id)}[/] {Markup.Escape(match.Name)}.");
                id = match.Id;
            }
            var similar = recommender.Similar(id!, k);
            RecommendationView.RenderList(console, $"Bought by the same customers as {id} {recommender.Data.Products.First(p => p.Id == id).Name}", similar);
            return 0;
        }));
        return command;
    }
}
