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
        // Shared fits: the hybrid reuses the models its parts were fitted into for their own rows of the table.
        var shared = Singles(workspace).Select(s => new SharedFitRecommender(s)).ToList();
        return [.. shared, Hybrid(workspace, BlendableOf(shared), holdoutDays)];
    }

    /// <summary>A fresh list of the strategies the default hybrid may blend, as <see cref="All"/> blends them.</summary>
    public static IReadOnlyList<IRecommender> Blendable(SpectrumWorkspace workspace) =>
        BlendableOf([.. Singles(workspace).Select(s => new SharedFitRecommender(s))]);

    private static IRecommender[] Singles(SpectrumWorkspace workspace)
    {
        int[] SegmentsOf(InteractionData data) => WindowSegments.Of(workspace, data).OfCustomer;
        return
        [
            new PopularityRecommender(),
            new PopularityRecommender(recentDays: 7),
            new ItemCosineRecommender(),
            new EaseRecommender(),
            new AlsRecommender(),
            new SvdRecommender(),
            new ItemKnnRecommender(),
            new UserKnnRecommender(SegmentsOf, segmentsAtMost: WindowSegments.Clusters),
            new ContentRecommender(),
        ];
    }

    /// <summary>The table's strategies but the item–item ones EASE subsumes: item_cosine and item_knn score from the same
    /// co-purchases EASE weighs jointly, and the tuning gave them no weight beside it on online_retail.csv and the KPMG
    /// workbook, while item_knn's validation fit cost a tenth of `evaluate`'s time. EASE itself blends recency-weighted.</summary>
    private static IRecommender[] BlendableOf(IReadOnlyList<IRecommender> shared) =>
    [
        new EaseRecommender(recencyHalfLifeDays: 90, name: "ease_recency"),
        .. shared.Where(s => s.Name is not ("item_cosine" or "item_knn" or "ease")),
        new PopularityRecommender(recentDays: 14),
    ];

    /// <summary>The hybrid: weights over <paramref name="blendable"/> chosen on the validation window before the training data ends.</summary>
    public static TunedHybridRecommender Hybrid(SpectrumWorkspace workspace, IReadOnlyList<IRecommender> blendable, int holdoutDays = 30) =>
        new(blendable, data => TemporalSplit.Validation(workspace, data, holdoutDays, blendable.Count));
}
