using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Evaluation;

/// <summary>The recommenders `spectrum evaluate` compares, in table order.</summary>
public static class StrategyCatalog
{
    /// <summary>A fresh list of every strategy with its default settings.</summary>
    public static IReadOnlyList<IRecommender> All() =>
    [
        new PopularityRecommender(),
        new ItemCosineRecommender(),
        new EaseRecommender(),
    ];
}
