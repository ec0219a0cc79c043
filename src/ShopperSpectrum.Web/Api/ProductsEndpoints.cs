using Microsoft.AspNetCore.Http.HttpResults;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>/api/products</c>: search the catalogue by name, and products bought by the same customers as a product.</summary>
internal static class ProductsEndpoints
{
    public static IEndpointRouteBuilder MapProductsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/products").WithTags("Products").ForReads()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", Search).WithName("SearchProducts")
            .WithSummary("Products whose name contains the search text (ignoring case): exact name first, then names starting with it, then most buyers.");
        group.MapGet("/{id}/similar", GetSimilar).WithName("GetSimilarProducts")
            .WithSummary("Products most often bought by the same customers (co-purchase cosine), with how many bought both.");
        return app;
    }

    public static Ok<ProductMatches> Search(string? search, int? top, ActiveModel active)
    {
        var model = active.Serving();
        if (string.IsNullOrWhiteSpace(search))
        {
            throw new ApiProblem(StatusCodes.Status400BadRequest, "search is missing: give part of a product name, e.g. /api/products?search=heart.");
        }
        var count = Validate.Top(top, 20);
        return TypedResults.Ok(new ProductMatches(model.Info.Version, search, [.. model.Recommender.FindProducts(search).Take(count)]));
    }

    public static Results<Ok<SimilarProducts>, ProblemHttpResult> GetSimilar(string id, int? top, ActiveModel active)
    {
        var model = active.Serving();
        var count = Validate.Top(top, 5);
        if (model.Product(id) is not { } product)
        {
            return Problems.NotFound($"product {id} is not in model version {model.Info.Version}'s catalogue; find its id by name with GET /api/products?search=TEXT.");
        }
        var similar = model.Recommender.Similar(id, count).Select(s => new RecommendedProduct(s.ProductId, s.Name, s.Score, s.Reason)).ToList();
        return TypedResults.Ok(new SimilarProducts(model.Info.Version, product, similar));
    }
}
