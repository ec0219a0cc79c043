using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Evaluation;

/// <summary>A hybrid whose weights are chosen on a validation window cut from the end of the training data it is fitted on.</summary>
/// <param name="candidates">The strategies the hybrid may blend.</param>
/// <param name="validationOf">The validation split inside a training window (for example <see cref="TemporalSplit.Validation(ShopperSpectrum.Workspace.SpectrumWorkspace, InteractionData, int, int)"/>).</param>
/// <param name="k">The list length NDCG is tuned for.</param>
public sealed class TunedHybridRecommender(IReadOnlyList<IRecommender> candidates, Func<InteractionData, TemporalSplit> validationOf, int k = 10) : IRecommender
{
    /// <inheritdoc/>
    public string Name => "hybrid";

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data) => FitTuned(data).Model;

    /// <summary>Tunes the weights on the validation window, then fits the weighted blend on all of <paramref name="data"/>.</summary>
    public (IRecommenderModel Model, HybridTuning Tuning) FitTuned(InteractionData data)
    {
        var tuning = HybridTuner.Tune(validationOf(data), candidates, k);
        return (new HybridRecommender(tuning.Weights).Fit(data), tuning);
    }
}
