namespace ShopperSpectrum.Reporting;

/// <summary>Settings of the analysis report.</summary>
public sealed record ReportOptions
{
    /// <summary>Days at the end of the data the recommenders are tested on (the temporal holdout).</summary>
    public int HoldoutDays { get; init; } = 30;

    /// <summary>Products in the best-seller chart and table.</summary>
    public int TopProducts { get; init; } = 10;

    /// <summary>Countries in the volume chart and table.</summary>
    public int TopCountries { get; init; } = 12;

    /// <summary>When the report was made, printed in its footer; nothing is printed when null, so the same data gives the same file.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }
}
