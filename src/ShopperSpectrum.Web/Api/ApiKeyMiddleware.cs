using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ShopperSpectrum.Web.Hosting;

namespace ShopperSpectrum.Web.Api;

/// <summary>Checks the <c>X-Api-Key</c> header before an endpoint that needs it reads its request: 401 when missing, 403 when wrong.</summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<SpectrumOptions> options, IProblemDetailsService problems)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(options.Value.ApiKey.Trim());
    private readonly bool keyedReads = options.Value.RequireApiKeyForReads;

    public Task InvokeAsync(HttpContext context)
    {
        var access = context.GetEndpoint()?.Metadata.GetMetadata<ApiAccess>();
        if (access is null || !(access.Write || keyedReads))
        {
            return next(context);
        }
        var what = access.Write ? "writes (upload, train, activate, delete)" : "reads on this host";
        var given = context.Request.Headers[ApiAccess.KeyHeader].ToString();
        if (given.Length == 0)
        {
            return Refuse(context, StatusCodes.Status401Unauthorized,
                $"{what} need the API key: send it in the {ApiAccess.KeyHeader} header (the host's Spectrum:ApiKey setting).");
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given.Trim()), key))
        {
            return Refuse(context, StatusCodes.Status403Forbidden,
                $"the {ApiAccess.KeyHeader} header does not match the host's API key; send the value of its Spectrum:ApiKey setting.");
        }
        return next(context);
    }

    private Task Refuse(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), Detail = detail },
        }).AsTask();
    }
}
