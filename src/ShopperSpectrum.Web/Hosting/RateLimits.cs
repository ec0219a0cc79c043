using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ShopperSpectrum.Web.Api;

namespace ShopperSpectrum.Web.Hosting;

/// <summary>ASP.NET Core's rate limiter with one partition per client address: a token bucket for reads, a fixed window for writes.</summary>
internal static class RateLimits
{
    public static IServiceCollection AddSpectrumRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SpectrumOptions>>((limiter, settings) =>
        {
            var (reads, writes) = (settings.Value.ReadsPerSecond, settings.Value.WritesPerMinute);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiAccess.ReadsPolicy, http => RateLimitPartition.GetTokenBucketLimiter(Client(http), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = reads,
                TokensPerPeriod = reads,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            }));
            limiter.AddPolicy(ApiAccess.WritesPolicy, http => RateLimitPartition.GetFixedWindowLimiter(Client(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = writes,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            limiter.OnRejected = (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                http.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
                var limit = http.GetEndpoint()?.Metadata.GetMetadata<ApiAccess>() is { Write: true }
                    ? $"{writes} writes a minute (Spectrum:WritesPerMinute)"
                    : $"{reads} reads a second (Spectrum:ReadsPerSecond)";
                return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too Many Requests",
                        Detail = $"this client sent more than {limit}; wait {retry} s (the Retry-After header) and send it again.",
                    },
                });
            };
        });
        return services;
    }

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";
}
