using System.Net;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Web.Api.Contracts;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class CustomersEndpointsTests(TrainedHost host, OnlineRetailReference reference)
{
    [Theory]
    [InlineData("12347")]
    [InlineData("17850")]
    [InlineData("13047")]
    public async Task GetCustomer_OnlineRetail_SameRfmSegmentClusterAndListAsTheLibrary(string id)
    {
        var profile = await host.Reader.GetOk<CustomerProfile>($"/api/customers/{id}");

        var expected = reference.Analysis.Segmentation.Customers.Single(c => c.Rfm.CustomerId == id);
        Assert.Equal(TrainedHost.RetailVersion, profile.ModelVersion);
        Assert.Equal((expected.Rfm.Recency, expected.Rfm.Frequency), (profile.Recency, profile.Frequency));
        Assert.Equal(expected.Rfm.Monetary, profile.Monetary, 6);
        Assert.Equal(expected.Placement.Scores, profile.Scores);
        Assert.Equal(expected.Placement.Scores.ToString(), profile.RfmScore);
        Assert.Equal((expected.Placement.Segment, expected.Placement.Cluster, expected.Placement.ClusterLabel), (profile.Segment, profile.Cluster, profile.ClusterLabel));
        AssertSameList(reference.Recommender.Recommend(id), profile.Recommendations);
    }

    [Fact]
    public async Task GetRecommendations_Top10_SameProductsScoresAndReasonsAsTheLibrary()
    {
        var list = await host.Reader.GetOk<RecommendationList>("/api/customers/12347/recommendations?top=10");

        Assert.Equal(("12347", TrainedHost.RetailVersion, "hybrid"), (list.CustomerId, list.ModelVersion, list.Strategy));
        AssertSameList(reference.Recommender.Recommend("12347", new RecommendOptions { Top = 10 }), list.Products);
    }

    [Fact]
    public async Task GetRecommendations_OnePartStrategyAndRepeatsAllowed_AsTheLibraryRanksThem()
    {
        var part = reference.Recommender.Strategies[^1];

        var list = await host.Reader.GetOk<RecommendationList>($"/api/customers/12347/recommendations?top=7&strategy={part}&excludePurchased=false");

        var expected = reference.Recommender.Recommend("12347", new RecommendOptions { Top = 7, Strategy = part, ExcludePurchased = false });
        Assert.NotEqual("hybrid", part);
        Assert.Equal(part, list.Strategy);
        AssertSameList(expected, list.Products);
    }

    [Fact]
    public async Task GetRecommendations_ExplainFalse_LeavesReasonsOut()
    {
        using var response = await host.Reader.GetAsync("/api/customers/12347/recommendations?top=3&explain=false");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"productId\"", body);
        Assert.DoesNotContain("\"reason\"", body);
    }

    [Fact]
    public async Task GetRecommendations_ByDefault_LeavesOutWhatTheCustomerBought()
    {
        var list = await host.Reader.GetOk<RecommendationList>("/api/customers/12347/recommendations?top=50");

        var row = reference.Recommender.Data.CustomerIds.ToList().IndexOf("12347");
        var bought = reference.Recommender.Data.Bought.RowIndices(row).ToArray().Select(p => reference.Recommender.Data.Products[p].Id).ToHashSet();
        Assert.Equal(50, list.Products.Count);
        Assert.DoesNotContain(list.Products, p => bought.Contains(p.ProductId));
    }

    [Theory]
    [InlineData("/api/customers/99999")]
    [InlineData("/api/customers/99999/recommendations")]
    public async Task UnknownCustomer_404NamingThePredictEndpoint(string url)
    {
        using var response = await host.Reader.GetAsync(url);

        await response.AssertProblem(HttpStatusCode.NotFound, "customer 99999", "/api/segments/predict");
    }

    [Theory]
    [InlineData("top=0", "top=0")]
    [InlineData("top=101", "1 to 100")]
    [InlineData("strategy=magic", "hybrid")]
    public async Task BadQuery_400SayingWhatToSend(string query, string mention)
    {
        using var response = await host.Reader.GetAsync($"/api/customers/12347/recommendations?{query}");

        await response.AssertProblem(HttpStatusCode.BadRequest, mention);
    }

    [Fact]
    public async Task BadQueryType_400()
    {
        using var response = await host.Reader.GetAsync("/api/customers/12347/recommendations?top=ten");

        await response.AssertProblem(HttpStatusCode.BadRequest, "top");
    }

    private static void AssertSameList(IReadOnlyList<ProductRecommendation> expected, IReadOnlyList<RecommendedProduct> actual)
    {
        Assert.Equal(expected.Select(e => e.ProductId), actual.Select(a => a.ProductId));
        Assert.Equal(expected.Select(e => e.Name), actual.Select(a => a.Name));
        Assert.Equal(expected.Select(e => e.Reason), actual.Select(a => a.Reason));
        Assert.Equal(expected.Select(e => e.Score), actual.Select(a => a.Score));
    }
}
