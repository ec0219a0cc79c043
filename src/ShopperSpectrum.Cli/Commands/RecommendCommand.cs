using System.CommandLine;
using ShopperSpectrum.Cli.Rendering;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum recommend --customer ID --model DIR`: a known customer's top products from the saved recommender.</summary>
internal static class RecommendCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var customer = new Option<string>("--customer", "-c") { Description = "Customer id.", Required = true };
        var model = ModelOptions.Directory();
        var top = ModelOptions.Top(10);
        var repeats = new Option<bool>("--allow-repeats") { Description = "Also recommend products the customer already bought." };
        var exclude = new Option<string[]>("--exclude") { Description = "Product ids never to recommend.", AllowMultipleArgumentsPerToken = true };
        var only = new Option<string[]>("--only") { Description = "Recommend only from these product ids (for example what is in stock).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("recommend", "Recommend products to a known customer from a saved recommender.") { customer, model, top, repeats, exclude, only };
        command.SetAction(parse => CommandErrors.Guard(error, () =>
        {
            var options = new RecommendOptions
            {
                Top = ModelOptions.CheckTop(parse.GetValue(top)),
                ExcludePurchased = !parse.GetValue(repeats),
                Exclude = parse.GetValue(exclude) ?? [],
                RestrictTo = parse.GetValue(only) is { Length: > 0 } products ? products : null,
            };
            var recommender = RecommenderStore.Load(parse.GetValue(model)!);
            var id = parse.GetValue(customer)!;
            RecommendationView.RenderList(console, $"Top {options.Top} for customer {id}", recommender.Recommend(id, options));
            return 0;
        }));
        return command;
    }
}
