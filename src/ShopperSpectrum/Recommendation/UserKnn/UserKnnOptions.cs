namespace ShopperSpectrum.Recommendation;

/// <summary>Settings of <see cref="UserKnnRecommender"/>; defaults are the seed's (cosine, 50 neighbours).</summary>
public sealed record UserKnnOptions
{
    /// <summary>Most similar customers of the same segment whose purchases are summed.</summary>
    public int Neighbours { get; init; } = 50;

    /// <summary>
    /// The most customer pairs the fit may visit (Σ over products and segments of buyers²); above it the strategy abstains.
    /// The default is about 30 s on 2 cores: 1M generated lines visit 0.7 billion pairs, 10M about 20 billion.
    /// </summary>
    public long MaxPairVisits { get; init; } = 4_000_000_000;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Neighbours, 1, nameof(Neighbours));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPairVisits, 1, nameof(MaxPairVisits));
    }
}
