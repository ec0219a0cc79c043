using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>Distinct buyers of each product within each segment.</summary>
public sealed class SegmentPopularityModel : IRecommenderModel
{
    private readonly float[][] buyers;
    private readonly CustomerSegments segments;

    internal SegmentPopularityModel(float[][] buyers, CustomerSegments segments)
    {
        this.buyers = buyers;
        this.segments = segments;
    }

    /// <inheritdoc/>
    public string Name => "segment_popularity";

    /// <inheritdoc/>
    public void Score(int customer, Span<float> scores) => ScoreSegment(segments.OfCustomer[customer], scores);

    /// <summary>Scores products for anyone in <paramref name="segment"/>, such as a new customer placed there from their R, F, M.</summary>
    public void ScoreSegment(int segment, Span<float> scores) => buyers[segment].CopyTo(scores);

    /// <inheritdoc/>
    public string Explain(int customer, int product) => ExplainSegment(segments.OfCustomer[customer], product);

    /// <summary>Why a product is shown to the segment.</summary>
    public string ExplainSegment(int segment, int product) => string.Create(CultureInfo.InvariantCulture,
        $"popular with your segment, {segments.Names[segment]}: bought by {buyers[segment][product]:N0} of its customers");
}
