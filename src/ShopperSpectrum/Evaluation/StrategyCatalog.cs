using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Evaluation;

/// <summary>The recommenders `spectrum evaluate` compares, in table order; the last, the tuned hybrid, is the shop-facing default.</summary>
public static class StrategyCatalog
{
    /// <summary>The name of the shop-facing default strategy.</summary>
    public const string DefaultStrategy = "hybrid";

    /// <summary>A fresh list of every strategy with its default settings; segments and the hybrid's validation window come from <paramref name="workspace"/>, always before the data a strategy is fitted on ends.</summary>
    public static IReadOnlyList<IRecommender> All(SpectrumWorkspace workspace, int holdoutDays = 30)
    {
        int[] SegmentsOf(InteractionData data) => WindowSegments.Of(workspace, data).OfCustomer;
        var ease = new EaseRecommender();
        var trending = new PopularityRecommender(recentDays: 7);
        IRecommender[] singles =
        [
            new PopularityRecommender(),
            trending,
            new ItemCosineRecommender(),
            ease,
            new AlsRecommender(),
            new SvdRecommender(),
            new ItemKnnRecommender(),
            new UserKnnRecommender(SegmentsOf),
            new ContentRecommender(),
        ];
        IRecommender[] blendable =
        [
            new EaseRecommender(recencyHalfLifeDays: 90, name: "ease_recency"),
            .. singles.Where(s => s is not ItemCosineRecommender),
            new PopularityRecommender(recentDays: 14),
        ];
        return [.. singles, Hybrid(workspace, blendable, holdoutDays)];
    }

    /// <summary>The hybrid: weights over <paramref name="blendable"/> chosen on the validation window before the training data ends.</summary>
    public static TunedHybridRecommender Hybrid(SpectrumWorkspace workspace, IReadOnlyList<IRecommender> blendable, int holdoutDays = 30) =>
        new(blendable, data => TemporalSplit.Validation(workspace, data, holdoutDays));
}
