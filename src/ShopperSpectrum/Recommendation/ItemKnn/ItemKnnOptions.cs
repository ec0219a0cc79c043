namespace ShopperSpectrum.Recommendation;

/// <summary>Settings of <see cref="ItemKnnRecommender"/>.</summary>
public sealed record ItemKnnOptions
{
    /// <summary>Most similar products kept per product; the rest of its similarities are dropped.</summary>
    public int Neighbours { get; init; } = 1000;

    /// <summary>Added to the cosine's denominator so that pairs bought together by few customers count less (0: plain cosine).</summary>
    public float Shrinkage { get; init; }

    /// <summary>α of the asymmetric cosine co-buyers / (buyers(bought)^α · buyers(candidate)^(1−α)): 0.5 is the cosine, larger values favour popular candidates.</summary>
    public float Asymmetry { get; init; } = 0.5f;

    /// <summary>When set, a past purchase counts half as much every this many days since the customer last bought it.</summary>
    public double? RecencyHalfLifeDays { get; init; } = 30;

    /// <summary>When true, a past purchase counts 1 + ln(1 + orders) instead of 1, so products bought again and again weigh more.</summary>
    public bool RepeatStrength { get; init; } = true;

    /// <summary>When true, each product's kept similarities are scaled to sum to 1, so that products with many strong neighbours do not dominate.</summary>
    public bool NormalizeSimilarities { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Neighbours, 1, nameof(Neighbours));
        ArgumentOutOfRangeException.ThrowIfNegative(Shrinkage, nameof(Shrinkage));
        ArgumentOutOfRangeException.ThrowIfNegative(Asymmetry, nameof(Asymmetry));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Asymmetry, 1, nameof(Asymmetry));
        if (RecencyHalfLifeDays is { } halfLife)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(halfLife, nameof(RecencyHalfLifeDays));
        }
    }
}
