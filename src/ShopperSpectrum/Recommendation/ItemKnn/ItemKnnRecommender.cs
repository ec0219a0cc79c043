using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>Item-based collaborative filtering: products are scored by their cosine similarity to what the customer bought, over each product's nearest neighbours.</summary>
public sealed class ItemKnnRecommender : IRecommender
{
    private readonly ItemKnnOptions options;

    /// <summary>Creates the strategy with the given settings, or the defaults.</summary>
    public ItemKnnRecommender(ItemKnnOptions? options = null)
    {
        this.options = options ?? new ItemKnnOptions();
        this.options.Validate();
    }

    /// <inheritdoc/>
    public string Name => "item_knn";

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var buyers = data.Bought.Transpose();
        var graph = SparseCosine.TopNeighbours(buyers, options.Neighbours, options.Shrinkage, asymmetry: options.Asymmetry);
        var scoring = options.NormalizeSimilarities
            ? graph.ScaleRows(static w => w.IsEmpty ? 1 : 1 / Math.Max(System.Numerics.Tensors.TensorPrimitives.Sum(w), float.Epsilon))
            : graph;
        return new ItemKnnModel(Name, data, buyers, graph, scoring, HistoryWeights.From(options.RecencyHalfLifeDays, options.RepeatStrength));
    }
}
