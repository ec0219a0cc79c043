namespace ShopperSpectrum.Recommendation;

/// <summary>Content-based filtering: products and customers as TF-IDF vectors of product names and attributes; a product scores by its similarity to the customer's profile.</summary>
public sealed class ContentRecommender : IRecommender
{
    private readonly ContentOptions options;

    /// <summary>Creates the strategy with the given settings, or the seed's defaults.</summary>
    public ContentRecommender(ContentOptions? options = null)
    {
        this.options = options ?? new ContentOptions();
        this.options.Validate();
    }

    /// <inheritdoc/>
    public string Name => "content";

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (vectors, _) = TfIdf.Fit(data.Products, options);
        return new ContentModel(Name, data, vectors, HistoryWeights.From(options.RecencyHalfLifeDays, repeatStrength: false));
    }
}
