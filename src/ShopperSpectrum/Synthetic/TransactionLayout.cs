namespace ShopperSpectrum.Synthetic;

/// <summary>The CSV column layout a generated transaction file is written in.</summary>
public enum TransactionLayout
{
    /// <summary>The UCI Online Retail export: one line per invoice line, cancellations as "C" invoices.</summary>
    Uci,

    /// <summary>A Shopify sales-by-order-line report: money columns per line, returns on the line itself.</summary>
    Shopify,

    /// <summary>The canonical Shopper Spectrum layout: UCI semantics plus the product attribute columns.</summary>
    Canonical,
}
