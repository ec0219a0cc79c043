namespace ShopperSpectrum.Synthetic;

/// <summary>One catalogue entry with every field a layout writes already formatted (CSV-escaped where needed).</summary>
internal sealed record Product
{
    public required string StockCode { get; init; }

    public required string Description { get; init; }

    public required string DescriptionCsv { get; init; }

    /// <summary>The Shopify product title: the family name in title case, without the colour.</summary>
    public required string TitleCsv { get; init; }

    /// <summary>The Shopify variant title: the colour in title case, or "Default Title".</summary>
    public required string VariantTitle { get; init; }

    public required long VariantId { get; init; }

    public required string Brand { get; init; }

    public required string BrandCsv { get; init; }

    public required string ProductLine { get; init; }

    public required int ClassIndex { get; init; }

    /// <summary>The row of <see cref="QuantityTable"/> used: the price class, one step up for large items.</summary>
    public required int QuantityClass { get; init; }

    public required string ProductSize { get; init; }

    public required string ProductType { get; init; }

    public required int Theme { get; init; }

    public required int PriceCents { get; init; }

    /// <summary>The unit price for bulk quantities, a wholesaler's usual discount.</summary>
    public required int BulkPriceCents { get; init; }
}
