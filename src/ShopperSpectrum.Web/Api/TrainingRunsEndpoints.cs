using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Hosting;
using ShopperSpectrum.Web.Storage;
using ShopperSpectrum.Web.Training;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>/api/training-runs</c>: start a training in the background, poll its status and progress, list runs.</summary>
internal static class TrainingRunsEndpoints
{
    public static IEndpointRouteBuilder MapTrainingRunsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/training-runs").WithTags("Training");
        group.MapPost("/", Start).WithName("StartTraining").ForWrites()
            .WithSummary("Train a dataset in the background: segments, the recommender and its evaluation; poll the run for progress and the model version.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListTrainingRuns").ForReads().WithSummary("Every training run, newest first.");
        group.MapGet("/{id}", Get).WithName("GetTrainingRun").ForReads().WithSummary("One run: status, stage, progress, and its model version when done.");
        return app;
    }

    public static Results<Accepted<TrainingRun>, ProblemHttpResult> Start(TrainingRequest request, DatasetStore datasets, TrainingService training, IOptions<SpectrumOptions> options)
    {
        if (string.IsNullOrWhiteSpace(request.DatasetId))
        {
            return Problems.BadRequest("datasetId is missing: send {\"datasetId\": \"ds-...\"} with the id POST /api/datasets returned.");
        }
        if (request.HoldoutDays is < 1 or > 365)
        {
            return Problems.BadRequest($"holdoutDays={request.HoldoutDays} is out of range: give 1 to 365 days.");
        }
        if (request.Clusters is < 2 or > 10)
        {
            return Problems.BadRequest($"clusters={request.Clusters} is out of range: give 2 to 10.");
        }
        if (datasets.Find(request.DatasetId) is not { } dataset)
        {
            return DatasetsEndpoints.UnknownDataset(request.DatasetId);
        }
        var settings = new TrainingSettings(
            request.HoldoutDays ?? options.Value.HoldoutDays, request.Clusters ?? TrainingSettings.DefaultClusters, request.Evaluate ?? true, request.Activate ?? true);
        var run = training.Start(dataset, settings);
        return TypedResults.Accepted($"/api/training-runs/{run.Id}", run);
    }

    public static Ok<IReadOnlyList<TrainingRun>> List(RunStore runs) => TypedResults.Ok(runs.List());

    public static Results<Ok<TrainingRun>, ProblemHttpResult> Get(string id, RunStore runs) =>
        runs.Find(id) is { } run ? TypedResults.Ok(run) : Problems.NotFound($"no training run {id}: GET /api/training-runs lists the runs.");
}
