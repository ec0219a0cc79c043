namespace ShopperSpectrum.Web.Api;

/// <summary>Endpoint metadata: whether the endpoint writes (always keyed) or reads (keyed when configured), and its rate-limit policy.</summary>
internal sealed record ApiAccess(bool Write)
{
    public const string ReadsPolicy = "reads";
    public const string WritesPolicy = "writes";
    public const string KeyHeader = "X-Api-Key";

    public static readonly ApiAccess Reads = new(false);
    public static readonly ApiAccess Writes = new(true);
}

/// <summary>Marks endpoints as reads or writes.</summary>
internal static class ApiAccessExtensions
{
    /// <summary>Open unless reads are keyed; limited by the reads policy.</summary>
    public static TBuilder ForReads<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ApiAccess.Reads).RequireRateLimiting(ApiAccess.ReadsPolicy);

    /// <summary>Needs the API key; limited by the writes policy.</summary>
    public static RouteHandlerBuilder ForWrites(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(ApiAccess.Writes).RequireRateLimiting(ApiAccess.WritesPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
