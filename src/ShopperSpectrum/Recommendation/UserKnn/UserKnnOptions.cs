namespace ShopperSpectrum.Recommendation;

/// <summary>Settings of <see cref="UserKnnRecommender"/>; defaults are the seed's (cosine, 50 neighbours).</summary>
public sealed record UserKnnOptions
{
    /// <summary>Most similar customers of the same segment whose purchases are summed.</summary>
    public int Neighbours { get; init; } = 50;

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(Neighbours, 1, nameof(Neighbours));
}
