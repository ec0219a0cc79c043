namespace ShopperSpectrum.Synthetic;

/// <summary>The behaviour a generated customer follows; the segmenter should recover these groups.</summary>
internal enum CustomerType
{
    Champion,
    Loyal,
    Occasional,
    OneTime,
    Churned,
    New,
}
