using System.Diagnostics;
using System.Globalization;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Evaluation;

/// <summary>Passes fits through to a strategy and, with SPECTRUM_TRACE_SQL set, writes each fit's time and data size to stderr.</summary>
internal sealed class TracedRecommender(IRecommender inner) : IRecommender
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("SPECTRUM_TRACE_SQL") is "1" or "full";

    public string Name => inner.Name;

    /// <summary>Wraps every strategy when tracing is on; returns them unchanged otherwise.</summary>
    public static IReadOnlyList<IRecommender> All(IReadOnlyList<IRecommender> strategies) =>
        Trace ? [.. strategies.Select(s => new TracedRecommender(s))] : strategies;

    /// <summary>Writes one line to stderr when tracing is on.</summary>
    public static void Write(string what, TimeSpan elapsed)
    {
        if (Trace)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[step {elapsed.TotalMilliseconds,7:0.} ms] {what}"));
        }
    }

    public IRecommenderModel Fit(InteractionData data)
    {
        var started = Stopwatch.GetTimestamp();
        var model = inner.Fit(data);
        Write(string.Create(CultureInfo.InvariantCulture,
            $"fit {Name} on {data.CustomerCount:N0} customers × {data.ProductCount:N0} products ({data.Bought.Count:N0} pairs){(model is AbstainedModel ? ": abstained" : "")}"),
            Stopwatch.GetElapsedTime(started));
        return model;
    }
}
