using Microsoft.AspNetCore.Http.HttpResults;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>/api/evaluation</c>: the serving model's evaluation table (every strategy on the temporal holdout).</summary>
internal static class EvaluationEndpoints
{
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/evaluation", GetEvaluation).WithName("GetEvaluation").WithTags("Evaluation").ForReads()
            .WithSummary("The serving model's evaluation: precision, recall, NDCG, hit rate, MAP at k, coverage and timings per strategy, and the default's figures per cluster.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Results<Ok<EvaluationTable>, ProblemHttpResult> GetEvaluation(ActiveModel active)
    {
        var model = active.Serving();
        return model.Evaluation is { } report
            ? TypedResults.Ok(new EvaluationTable(model.Info.Version, report))
            : Problems.NotFound($"model version {model.Info.Version} was trained without evaluation; train its dataset again with \"evaluate\": true.");
    }
}
