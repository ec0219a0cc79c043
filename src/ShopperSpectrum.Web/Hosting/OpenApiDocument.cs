using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ShopperSpectrum.Web.Api;

namespace ShopperSpectrum.Web.Hosting;

/// <summary>The OpenAPI document's title and description, and the API key scheme on the endpoints that need it (so /scalar asks for it).</summary>
internal static class OpenApiDocument
{
    private const string Scheme = "ApiKey";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Shopper Spectrum API";
            document.Info.Description = "Customer segments and product recommendations from a shop's transaction log. "
                + $"Writes (upload, train, activate, delete) need the API key in the {ApiAccess.KeyHeader} header.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiAccess.KeyHeader,
                Description = "The host's Spectrum:ApiKey setting.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiAccess>().Any(a => a.Write))
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
            }
            return Task.CompletedTask;
        });
    }
}
