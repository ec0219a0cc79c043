namespace ShopperSpectrum.Recommendation;

/// <summary>Settings of <see cref="ContentRecommender"/>; defaults are the seed's TfidfVectorizer(min_df=2) on product names.</summary>
public sealed record ContentOptions
{
    /// <summary>Words (and attribute values) found in fewer products than this are dropped.</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>How much an attribute token (brand, product line, class, size, type) weighs against one word of the name, before normalisation.</summary>
    public float AttributeWeight { get; init; } = 1;

    /// <summary>When set, a past purchase counts half as much in the customer's profile every this many days (null: all purchases count the same, as in the seed; 90 days measured best on a validation split).</summary>
    public double? RecencyHalfLifeDays { get; init; } = 90;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDocumentFrequency, 1, nameof(MinDocumentFrequency));
        ArgumentOutOfRangeException.ThrowIfNegative(AttributeWeight, nameof(AttributeWeight));
        if (RecencyHalfLifeDays is { } halfLife)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(halfLife, nameof(RecencyHalfLifeDays));
        }
    }
}
