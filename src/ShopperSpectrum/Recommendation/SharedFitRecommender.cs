using System.Runtime.CompilerServices;

namespace ShopperSpectrum.Recommendation;

/// <summary>Fits the wrapped strategy once per data set and hands every caller the same immutable model, so a hybrid and the strategies it blends share their fits.</summary>
public sealed class SharedFitRecommender(IRecommender inner) : IRecommender
{
    private readonly ConditionalWeakTable<InteractionData, Lazy<IRecommenderModel>> fits = [];

    /// <inheritdoc/>
    public string Name => inner.Name;

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data) =>
        fits.GetValue(data, d => new Lazy<IRecommenderModel>(() => inner.Fit(d))).Value;
}
