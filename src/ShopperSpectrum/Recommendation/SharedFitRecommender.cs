using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ShopperSpectrum.Recommendation;

/// <summary>Fits the wrapped strategy once per data set and hands every caller the same immutable model, so a hybrid and the strategies it blends share their fits.</summary>
public sealed class SharedFitRecommender(IRecommender inner) : IRecommender
{
    private readonly ConditionalWeakTable<InteractionData, Lazy<(IRecommenderModel Model, TimeSpan FitTime)>> fits = [];

    /// <inheritdoc/>
    public string Name => inner.Name;

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data) => FitTimed(data).Model;

    /// <summary>The model fitted on <paramref name="data"/> and how long its one fit took, whichever caller ran it.</summary>
    public (IRecommenderModel Model, TimeSpan FitTime) FitTimed(InteractionData data) =>
        fits.GetValue(data, d => new Lazy<(IRecommenderModel, TimeSpan)>(() =>
        {
            var clock = Stopwatch.StartNew();
            var model = inner.Fit(d);
            return (model, clock.Elapsed);
        })).Value;
}
