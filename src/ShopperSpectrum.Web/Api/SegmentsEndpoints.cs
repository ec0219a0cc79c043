using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api;

/// <summary>
/// <c>/api/segments</c> and <c>/api/clusters</c>: the named RFM segments and K-Means clusters with their sizes, revenue and profiles;
/// placing a new customer; a group's members as campaign CSV; and what new customers of a group are shown first.
/// </summary>
internal static class SegmentsEndpoints
{
    private const int MaxCsvTop = 20;

    public static IEndpointRouteBuilder MapSegmentsEndpoints(this IEndpointRouteBuilder app)
    {
        var segments = app.MapGroup("/api/segments").WithTags("Segments").ForReads()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        segments.MapGet("/", GetSegments).WithName("GetSegments")
            .WithSummary("The named RFM segments and the K-Means clusters: customers, revenue, revenue share and mean recency, frequency and monetary value.");
        segments.MapPost("/predict", Predict).WithName("PredictSegment")
            .WithSummary("The RFM scores, segment and cluster of a new customer from recency (days), frequency (orders) and monetary value, with what that segment is shown first.");
        segments.MapGet("/{name}/customers.csv", SegmentCsv).WithName("GetSegmentCustomersCsv")
            .WithSummary("A named segment's customers as CSV for a campaign, each with their top recommendations.").Produces<string>(contentType: "text/csv");
        segments.MapGet("/{name}/products", SegmentProducts).WithName("GetSegmentProducts")
            .WithSummary("The products new customers of a named segment are shown first: those most of its customers bought.");

        var clusters = app.MapGroup("/api/clusters").WithTags("Segments").ForReads()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        clusters.MapGet("/{cluster:int}/customers.csv", ClusterCsv).WithName("GetClusterCustomersCsv")
            .WithSummary("A K-Means cluster's customers as CSV for a campaign, each with their top recommendations.").Produces<string>(contentType: "text/csv");
        clusters.MapGet("/{cluster:int}/products", ClusterProducts).WithName("GetClusterProducts")
            .WithSummary("The products new customers of a cluster are shown first: those most of its customers bought.");
        return app;
    }

    public static Ok<SegmentsOverview> GetSegments(ActiveModel active)
    {
        var model = active.Serving();
        var analysis = model.Analysis;
        return TypedResults.Ok(new SegmentsOverview(model.Info.Version, model.Info.AsOf, analysis.Customers.Count, analysis.Segments, analysis.Clusters));
    }

    public static Ok<SegmentPrediction> Predict(RfmValues values, ActiveModel active)
    {
        var model = active.Serving();
        if (values.Recency is not { } r || values.Frequency is not { } f || values.Monetary is not { } m
            || !double.IsFinite(r + f + m) || r < 0 || f < 0 || m < 0)
        {
            throw new ApiProblem(StatusCodes.Status400BadRequest,
                "recency, frequency and monetary must each be a number, zero or more: e.g. {\"recency\": 30, \"frequency\": 5, \"monetary\": 1200}.");
        }
        var place = model.Segmentation.Place(r, f, m);
        var segment = model.Segments.IndexOf(place.Segment);
        var products = segment < 0 ? [] : model.Segments.Top(segment, 10);
        return TypedResults.Ok(new SegmentPrediction(model.Info.Version, place.Scores, place.Scores.ToString(), place.Segment, place.Cluster, place.ClusterLabel, products));
    }

    public static Results<ContentHttpResult, ProblemHttpResult> SegmentCsv(string name, int? top, ActiveModel active, HttpResponse response)
    {
        var model = active.Serving();
        var count = Validate.Top(top, 3, MaxCsvTop);
        if (FindSegment(model, name) is not { } segment)
        {
            return UnknownSegment(model, name);
        }
        return Csv(response, model, $"segment-{name}", [.. model.Analysis.Customers.Where(c => c.Placement.Segment == segment)], count);
    }

    public static Results<Ok<GroupProducts>, ProblemHttpResult> SegmentProducts(string name, int? top, ActiveModel active)
    {
        var model = active.Serving();
        var count = Validate.Top(top, 10);
        return FindSegment(model, name) is not { } segment
            ? UnknownSegment(model, name)
            : TypedResults.Ok(new GroupProducts(model.Info.Version, segment, model.Segments.Top(model.Segments.IndexOf(segment), count)));
    }

    public static Results<ContentHttpResult, ProblemHttpResult> ClusterCsv(int cluster, int? top, ActiveModel active, HttpResponse response)
    {
        var model = active.Serving();
        var count = Validate.Top(top, 3, MaxCsvTop);
        return !HasCluster(model, cluster)
            ? UnknownCluster(model, cluster)
            : Csv(response, model, string.Create(CultureInfo.InvariantCulture, $"cluster-{cluster}"), [.. model.Analysis.Customers.Where(c => c.Placement.Cluster == cluster)], count);
    }

    public static Results<Ok<GroupProducts>, ProblemHttpResult> ClusterProducts(int cluster, int? top, ActiveModel active)
    {
        var model = active.Serving();
        var count = Validate.Top(top, 10);
        return !HasCluster(model, cluster)
            ? UnknownCluster(model, cluster)
            : TypedResults.Ok(new GroupProducts(model.Info.Version, model.Clusters.Names[cluster], model.Clusters.Top(cluster, count)));
    }

    private static ContentHttpResult Csv(HttpResponse response, ServedModel model, string name, IReadOnlyList<CustomerSegment> members, int top)
    {
        var file = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? char.ToLowerInvariant(c) : '-'));
        response.Headers.ContentDisposition = $"attachment; filename=\"{file}.csv\"";
        return TypedResults.Text(CampaignCsv.Write(model, members, top), "text/csv; charset=utf-8");
    }

    /// <summary>The segment's name as the model spells it, matched ignoring case.</summary>
    private static string? FindSegment(ServedModel model, string name) =>
        model.Segments.Names.FirstOrDefault(n => n.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool HasCluster(ServedModel model, int cluster) => cluster >= 0 && cluster < model.Clusters.Names.Count;

    private static ProblemHttpResult UnknownSegment(ServedModel model, string name) =>
        Problems.NotFound($"no segment \"{name}\" in model version {model.Info.Version}; its segments are {string.Join(", ", model.Segments.Names)}.");

    private static ProblemHttpResult UnknownCluster(ServedModel model, int cluster) =>
        Problems.NotFound(string.Create(CultureInfo.InvariantCulture,
            $"no cluster {cluster} in model version {model.Info.Version}; its clusters are 0 to {model.Clusters.Names.Count - 1} (GET /api/segments lists them)."));
}
