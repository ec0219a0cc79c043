namespace ShopperSpectrum.Synthetic;

/// <summary>Typical order quantities per product class: cheap items go in packs of 12 or 24, dear ones singly.</summary>
internal static class QuantityTable
{
    private static readonly int[][] Values =
    [
        [1, 2, 3, 4, 6, 10, 12, 24, 25, 36, 48, 72, 96, 144],
        [1, 2, 3, 4, 6, 8, 12, 24],
        [1, 2, 3, 4, 6, 8],
    ];

    private static readonly CumulativeSampler[] Samplers =
    [
        new([8, 8, 4, 6, 10, 6, 20, 12, 3, 3, 4, 1, 1, 1]),
        new([14, 14, 8, 12, 16, 8, 10, 3]),
        new([50, 25, 8, 10, 5, 2]),
    ];

    /// <summary>The quantity at and above which the bulk price applies.</summary>
    public const int BulkQuantity = 24;

    public static int Sample(int classIndex, Rng rng) => Values[classIndex][Samplers[classIndex].Sample(rng)];
}
