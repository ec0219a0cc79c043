namespace ShopperSpectrum.Recommendation;

/// <summary>A recommendation strategy: fitting it on interaction data gives an immutable, thread-safe model.</summary>
public interface IRecommender
{
    /// <summary>The strategy's short name, as evaluation tables show it (for example "item_cosine").</summary>
    string Name { get; }

    /// <summary>Learns from the data; the returned model does not change afterwards.</summary>
    IRecommenderModel Fit(InteractionData data);
}
