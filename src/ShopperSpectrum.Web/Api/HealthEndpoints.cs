using Microsoft.AspNetCore.Http.HttpResults;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>GET /health</c>: 200 once a model serves, 503 before.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth).WithName("GetHealth").WithTags("Health")
            .WithSummary("Whether a model is serving, which one, and the training in progress.")
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> GetHealth(ActiveModel active, TrainingService training)
    {
        var model = active.Current;
        var report = new HealthReport(model is null ? "starting" : "ready", model?.Info.Version, model?.Info.DatasetId, training.Current);
        return model is null ? TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok(report);
    }
}
