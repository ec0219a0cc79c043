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
    private readonly int segmentsAtMost;
    private readonly UserKnnOptions options;

    /// <summary>Creates the strategy; <paramref name="segmentsOf"/> gives each customer row's segment, computed from the data being fitted only.</summary>
    /// <param name="segmentsOf">Each customer row's segment, from 0 to <paramref name="segmentsAtMost"/> - 1.</param>
    /// <param name="options">The settings; the seed's when null.</param>
    /// <param name="segmentsAtMost">How many segments <paramref name="segmentsOf"/> makes at most: with it, a fit that would abstain
    /// in any split of the customers abstains before the segments are computed.</param>
    public UserKnnRecommender(Func<InteractionData, int[]> segmentsOf, UserKnnOptions? options = null, int segmentsAtMost = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(segmentsOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentsAtMost, 1);
        this.segmentsOf = segmentsOf;
        this.segmentsAtMost = segmentsAtMost;
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
        // Splitting a product's n buyers among g segments leaves at least n²/g pairs: when even that is too many, the segments
        // (an RFM query and a K-Means fit over every customer of the window) need not be computed.
        var fewestVisits = PairVisits(data.Bought, new int[data.CustomerCount]) / segmentsAtMost;
        if (fewestVisits > options.MaxPairVisits)
        {
            return Abstained(fewestVisits);
        }
        var segments = segmentsOf(data);
        ArgumentOutOfRangeException.ThrowIfNotEqual(segments.Length, data.CustomerCount, nameof(segmentsOf));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(segments.Length == 0 ? 0 : segments.Max(), segmentsAtMost, nameof(segmentsOf));
        var visits = PairVisits(data.Bought, segments);
        if (visits > options.MaxPairVisits)
        {
            return Abstained(visits);
        }
        var graph = SparseCosine.TopNeighbours(data.Bought, options.Neighbours, 0, segments);
        return new UserKnnModel(Name, data, graph);
    }

    private AbstainedModel Abstained(long visits) => new(Name, string.Create(CultureInfo.InvariantCulture,
        $"{Name} is not fitted here: comparing customers who share products would visit {visits:N0} pairs, above the {options.MaxPairVisits:N0} it is allowed."));

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
