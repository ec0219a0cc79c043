namespace ShopperSpectrum.Web.Api;

/// <summary>Fills in a one-line detail for the errors routing answers by itself (unknown path, wrong method, wrong content type).</summary>
internal static class ProblemDefaults
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }
        var request = context.HttpContext.Request;
        var path = request.Path.Value;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status404NotFound => $"there is no endpoint at {path}; the API reference at /scalar lists them.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {path}; the API reference at /scalar lists the methods each path takes.",
            StatusCodes.Status415UnsupportedMediaType => $"the request's content type is {request.ContentType ?? "missing"}; " + (path?.StartsWith("/api/datasets", StringComparison.Ordinal) == true
                ? DatasetsEndpoints.UploadShape + "."
                : "send a JSON body with Content-Type: application/json."),
            _ => null,
        };
    }
}
