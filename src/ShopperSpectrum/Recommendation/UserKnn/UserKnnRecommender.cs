using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>
/// User-based collaborative filtering inside segments: a product's score is the summed cosine similarity of the customer's
/// nearest neighbours of the same segment who bought it.
/// </summary>
public sealed class UserKnnRecommender : IRecommender
{
    private readonly Func<InteractionData, int[]> segmentsOf;
    private readonly UserKnnOptions options;

    /// <summary>Creates the strategy; <paramref name="segmentsOf"/> gives each customer row's segment, computed from the data being fitted only.</summary>
    public UserKnnRecommender(Func<InteractionData, int[]> segmentsOf, UserKnnOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segmentsOf);
        this.segmentsOf = segmentsOf;
        this.options = options ?? new UserKnnOptions();
        this.options.Validate();
    }

    /// <summary>Creates the strategy with every customer in one segment.</summary>
    public UserKnnRecommender(UserKnnOptions? options = null)
        : this(data => new int[data.CustomerCount], options)
    {
    }

    /// <inheritdoc/>
    public string Name => "user_knn";

    /// <inheritdoc/>
    public IRecommenderModel Fit(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var segments = segmentsOf(data);
        ArgumentOutOfRangeException.ThrowIfNotEqual(segments.Length, data.CustomerCount, nameof(segmentsOf));
        var graph = SparseCosine.TopNeighbours(data.Bought, options.Neighbours, 0, segments);
        return new UserKnnModel(Name, data, graph);
    }
}
