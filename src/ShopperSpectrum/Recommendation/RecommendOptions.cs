namespace ShopperSpectrum.Recommendation;

/// <summary>What one recommendation list should hold; validated when <see cref="ShopRecommender.Recommend"/> uses it.</summary>
public sealed record RecommendOptions
{
    /// <summary>The largest list a caller may ask for.</summary>
    public const int MaxTop = 1000;

    /// <summary>Length of the list, from 1 to <see cref="MaxTop"/>.</summary>
    public int Top { get; init; } = 10;

    /// <summary>When true, products the customer already bought are left out.</summary>
    public bool ExcludePurchased { get; init; } = true;

    /// <summary>Product ids never to recommend; unknown ids are ignored.</summary>
    public IReadOnlyCollection<string> Exclude { get; init; } = [];

    /// <summary>When set, only these product ids may be recommended (unknown ids are ignored); null allows the whole catalogue.</summary>
    public IReadOnlyCollection<string>? RestrictTo { get; init; }

    /// <summary>The strategy that ranks the list: null for the model's own (the tuned hybrid), or one of <see cref="ShopRecommender.Strategies"/>.</summary>
    public string? Strategy { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Top, 1, nameof(Top));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Top, MaxTop, nameof(Top));
        ArgumentNullException.ThrowIfNull(Exclude, nameof(Exclude));
    }
}
