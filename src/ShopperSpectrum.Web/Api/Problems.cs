using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ShopperSpectrum.Web.Api;

/// <summary>ProblemDetails results with a one-line detail, and the one-line form of an exception's message.</summary>
internal static class Problems
{
    public static ProblemHttpResult Status(int statusCode, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: statusCode, title: ReasonPhrases.GetReasonPhrase(statusCode));

    public static ProblemHttpResult BadRequest(string detail) => Status(StatusCodes.Status400BadRequest, detail);

    public static ProblemHttpResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, detail);
}
