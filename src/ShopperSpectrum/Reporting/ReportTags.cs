namespace ShopperSpectrum.Reporting;

/// <summary>The row tags the report uses (<see cref="ReportRow.Tags"/>).</summary>
public static class ReportTags
{
    /// <summary>A recommender the seeds' notebooks use, measured on the same protocol.</summary>
    public const string Seed = "seed";

    /// <summary>The shop-facing default.</summary>
    public const string Default = "default";
}
