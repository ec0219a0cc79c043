namespace ShopperSpectrum.Segmentation;

/// <summary>One row of a segment map: customers whose R score and FM score fall in the ranges belong to the segment.</summary>
public sealed record RfmSegmentRule(string Segment, int RecencyMin, int RecencyMax, int FrequencyMonetaryMin, int FrequencyMonetaryMax)
{
    /// <summary>True when the scores fall inside both ranges.</summary>
    public bool Matches(RfmScores scores) =>
        scores.Recency >= RecencyMin && scores.Recency <= RecencyMax &&
        scores.FrequencyMonetary >= FrequencyMonetaryMin && scores.FrequencyMonetary <= FrequencyMonetaryMax;
}
