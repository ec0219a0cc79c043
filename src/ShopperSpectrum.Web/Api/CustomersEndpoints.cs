using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api;

/// <summary><c>/api/customers/{id}</c>: a known customer's RFM, scores, segment, cluster and recommendations.</summary>
internal static class CustomersEndpoints
{
    public static IEndpointRouteBuilder MapCustomersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/customers").WithTags("Customers").ForReads()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id}", GetCustomer).WithName("GetCustomer")
            .WithSummary("A known customer's recency, frequency, monetary value, RFM scores, segment, cluster and recommendations.");
        group.MapGet("/{id}/recommendations", GetRecommendations).WithName("GetRecommendations")
            .WithSummary("A known customer's recommendations: top, strategy, excludePurchased and explain as query parameters.");
        return app;
    }

    public static Results<Ok<CustomerProfile>, ProblemHttpResult> GetCustomer(string id, [AsParameters] RecommendationParameters parameters, ActiveModel active)
    {
        var model = active.Serving();
        if (model.Customer(id) is not { } customer)
        {
            return UnknownCustomer(model, id);
        }
        var (rfm, place) = (customer.Rfm, customer.Placement);
        var list = model.Recommend(Query(model, id, parameters));
        return TypedResults.Ok(new CustomerProfile(id, model.Info.Version, rfm.Recency, rfm.Frequency, rfm.Monetary,
            place.Scores, place.Scores.ToString(), place.Segment, place.Cluster, place.ClusterLabel, list.Products));
    }

    public static Results<Ok<RecommendationList>, ProblemHttpResult> GetRecommendations(string id, [AsParameters] RecommendationParameters parameters, ActiveModel active)
    {
        var model = active.Serving();
        return model.Customer(id) is null ? UnknownCustomer(model, id) : TypedResults.Ok(model.Recommend(Query(model, id, parameters)));
    }

    private static RecommendationQuery Query(ServedModel model, string id, RecommendationParameters parameters)
    {
        var strategies = model.Recommender.Strategies;
        var strategy = parameters.Strategy ?? strategies[0];
        if (!strategies.Contains(strategy))
        {
            throw new ApiProblem(StatusCodes.Status400BadRequest, $"strategy={strategy} is not in model version {model.Info.Version}; choose one of {string.Join(", ", strategies)}.");
        }
        return new RecommendationQuery(id, Validate.Top(parameters.Top, 10), strategy, parameters.ExcludePurchased ?? true, parameters.Explain ?? true);
    }

    private static ProblemHttpResult UnknownCustomer(ServedModel model, string id) =>
        Problems.NotFound(string.Create(CultureInfo.InvariantCulture,
            $"customer {id} is not in model version {model.Info.Version} (customers who bought before {model.Info.AsOf:yyyy-MM-dd}); for a new customer POST their recency, frequency and monetary value to /api/segments/predict."));
}
