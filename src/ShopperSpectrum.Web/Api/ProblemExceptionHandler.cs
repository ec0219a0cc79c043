using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Web.Api;

/// <summary>Turns exceptions into ProblemDetails: the library's user errors keep their one-line message and get the status that fits.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            ApiProblem problem => (problem.StatusCode, problem.Message),
            BadHttpRequestException bad => (bad.StatusCode, UserMessage.OneLine(bad)),
            IngestionException => (StatusCodes.Status422UnprocessableEntity, UserMessage.OneLine(exception)),
            UnknownCustomerException or UnknownProductException => (StatusCodes.Status404NotFound, UserMessage.OneLine(exception)),
            ArgumentException => (StatusCodes.Status400BadRequest, UserMessage.OneLine(exception)),
            ModelException => (StatusCodes.Status500InternalServerError, UserMessage.OneLine(exception)),
            _ => (StatusCodes.Status500InternalServerError,
                $"unexpected failure ({exception.GetType().Name}: {UserMessage.OneLine(exception)}); the server log has the details, please report it with the request you sent."),
        };
        if (status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Request {Method} {Path} failed.", httpContext.Request.Method, httpContext.Request.Path);
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail },
        });
    }
}
