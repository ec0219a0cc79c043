using System.Globalization;
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
        var visits = PairVisits(data.Bought, segments);
        if (visits > options.MaxPairVisits)
        {
            return new AbstainedModel(Name, string.Create(CultureInfo.InvariantCulture,
                $"{Name} is not fitted here: comparing customers who share products would visit {visits:N0} pairs, above the {options.MaxPairVisits:N0} it is allowed."));
        }
        var graph = SparseCosine.TopNeighbours(data.Bought, options.Neighbours, 0, segments);
        return new UserKnnModel(Name, data, graph);
    }

    /// <summary>The work of the neighbour search: for every product and segment, its buyers there squared (each visits every other).</summary>
    internal static long PairVisits(InteractionMatrix bought, int[] segments)
    {
        var groups = segments.Length == 0 ? 1 : segments.Max() + 1;
        var buyers = new long[(long)bought.Columns * groups];
        for (var customer = 0; customer < bought.Rows; customer++)
        {
            var offset = (long)segments[customer] * bought.Columns;
            foreach (var product in bought.RowIndices(customer))
            {
                buyers[offset + product]++;
            }
        }
        long visits = 0;
        foreach (var count in buyers)
        {
            visits += count * count;
        }
        return visits;
    }
}
