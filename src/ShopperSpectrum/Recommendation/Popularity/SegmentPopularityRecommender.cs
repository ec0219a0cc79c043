namespace ShopperSpectrum.Recommendation;

/// <summary>The products most customers of the same segment bought: what a new customer of that segment is shown first.</summary>
public sealed class SegmentPopularityRecommender(Func<InteractionData, CustomerSegments> segmentsOf) : IRecommender
{
    /// <inheritdoc/>
    public string Name => "segment_popularity";

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data) => Build(data, segmentsOf(data));

    /// <summary>Fits on known segments and returns the concrete model, which also scores segments for new customers.</summary>
    public static SegmentPopularityModel Build(InteractionData data, CustomerSegments segments)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(segments.OfCustomer.Length, data.CustomerCount, nameof(segments));
        var buyers = new float[segments.Names.Length][];
        for (var s = 0; s < buyers.Length; s++)
        {
            buyers[s] = new float[data.ProductCount];
        }
        for (var customer = 0; customer < data.CustomerCount; customer++)
        {
            var counts = buyers[segments.OfCustomer[customer]];
            foreach (var product in data.Bought.RowIndices(customer))
            {
                counts[product]++;
            }
        }
        return new SegmentPopularityModel(buyers, segments);
    }
}
