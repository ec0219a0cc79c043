using System.CommandLine;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>The options the commands reading a saved recommender share.</summary>
internal static class ModelOptions
{
    public static Option<string> Directory() =>
        new("--model", "-m") { Description = "Model directory written by `spectrum analyze` or `spectrum train`.", DefaultValueFactory = _ => "out" };

    public static Option<int> Top(int fallback) =>
        new("--top", "-k") { Description = "Length of the list.", DefaultValueFactory = _ => fallback };

    /// <summary>Refuses a list length out of range before the model is read.</summary>
    public static int CheckTop(int top) => top is >= 1 and <= RecommendOptions.MaxTop
        ? top
        : throw new ArgumentException($"--top must be from 1 to {RecommendOptions.MaxTop}.");
}
