using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Hosting;
using ShopperSpectrum.Web.Serving;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>/api/models</c>: the stored model versions, the active one, choosing it, deleting old ones.</summary>
internal static class ModelsEndpoints
{
    public static IEndpointRouteBuilder MapModelsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/models").WithTags("Models");
        group.MapGet("/", List).WithName("ListModels").ForReads().WithSummary("Every stored model version, oldest first, and the active one.");
        group.MapGet("/active", GetActive).WithName("GetActiveModel").ForReads().WithSummary("The model version serving now.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/{version:int}/activate", Activate).WithName("ActivateModel").ForWrites()
            .WithSummary("Serve this model version from now on (requests in flight finish on the previous one).");
        group.MapDelete("/{version:int}", Delete).WithName("DeleteModel").ForWrites().WithSummary("Delete a model version that is not serving.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static Ok<ModelVersions> List(ModelStore models, ActiveModel active) => TypedResults.Ok(new ModelVersions(active.Current?.Info.Version, models.List()));

    public static Ok<ModelInfo> GetActive(ActiveModel active) => TypedResults.Ok(active.Serving().Info);

    public static Results<Ok<ModelInfo>, ProblemHttpResult> Activate(int version, ModelStore models, ActiveModel active, IOptions<SpectrumOptions> options)
    {
        if (models.Find(version) is not { } info)
        {
            return UnknownVersion(version);
        }
        if (active.Current?.Info.Version != version)
        {
            active.Activate(models.Load(info, options.Value.CachedLists));
        }
        return TypedResults.Ok(info);
    }

    public static Results<NoContent, ProblemHttpResult> Delete(int version, ModelStore models, ActiveModel active)
    {
        if (models.Find(version) is null)
        {
            return UnknownVersion(version);
        }
        if (active.Current?.Info.Version == version)
        {
            return Problems.Status(StatusCodes.Status409Conflict, $"model version {version} is serving; activate another version first (POST /api/models/VERSION/activate).");
        }
        models.Delete(version);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult UnknownVersion(int version) =>
        Problems.NotFound($"no model version {version}: GET /api/models lists the stored versions.");
}
