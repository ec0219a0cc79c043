namespace ShopperSpectrum.Web.Hosting;

/// <summary>The host's settings, from the "Spectrum" configuration section (environment variables <c>Spectrum__Name</c>).</summary>
public sealed record SpectrumOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string Section = "Spectrum";

    /// <summary>The workspace directory (datasets, training runs, model versions); relative paths are under the content root.</summary>
    public string WorkspacePath { get; init; } = "workspace";

    /// <summary>The secret writes (upload, train, activate, delete) must carry in the <c>X-Api-Key</c> header.</summary>
    public string ApiKey { get; init; } = "";

    /// <summary>When true, reads need the API key too.</summary>
    public bool RequireApiKeyForReads { get; init; }

    /// <summary>The largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Whether an empty workspace is seeded with the generated demo data set, analysed and trained.</summary>
    public bool SeedDemo { get; init; } = true;

    /// <summary>Lines of the generated demo data set (null: the library's default demo size).</summary>
    public long? DemoLines { get; init; }

    /// <summary>Days at the end of a data set that tune the blend and hold out the evaluation, unless a training request says otherwise.</summary>
    public int HoldoutDays { get; init; } = 30;

    /// <summary>Requests per second one client may make to the read endpoints.</summary>
    public int ReadsPerSecond { get; init; } = 50_000;

    /// <summary>Requests per minute one client may make to the write endpoints.</summary>
    public int WritesPerMinute { get; init; } = 60;

    /// <summary>Recommendation lists kept per served model for repeated requests (0 turns the cache off).</summary>
    public int CachedLists { get; init; } = 200_000;
}
