using System.Net;
using System.Net.Http.Json;
using ShopperSpectrum.Web.Api.Contracts;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class SegmentsEndpointsTests(TrainedHost host, OnlineRetailReference reference)
{
    [Fact]
    public async Task GetSegments_OnlineRetail_SameSegmentsAndClustersAsTheLibrary()
    {
        var overview = await host.Reader.GetOk<SegmentsOverview>("/api/segments");

        var expected = reference.Analysis.Segmentation;
        Assert.Equal(expected.Customers.Count, overview.Customers);
        Assert.Equal(reference.Analysis.Rfm.AsOf, overview.AsOf);
        Assert.Equal(expected.Segments.Select(s => (s.Name, s.Customers)), overview.Segments.Select(s => (s.Name, s.Customers)));
        Assert.Equal(expected.Segments.Select(s => Math.Round(s.Revenue, 2)), overview.Segments.Select(s => Math.Round(s.Revenue, 2)));
        Assert.Equal(expected.Clusters.Select(c => (c.Cluster, c.Label, c.Size)), overview.Clusters.Select(c => (c.Cluster, c.Label, c.Size)));
        Assert.Equal(expected.Clusters.Select(c => Math.Round(c.Monetary, 4)), overview.Clusters.Select(c => Math.Round(c.Monetary, 4)));
    }

    [Theory]
    [InlineData(30, 5, 1200)]
    [InlineData(300, 1, 20)]
    [InlineData(0, 0, 0)]
    public async Task Predict_NewCustomer_PlacedAsTheLibraryModelPlacesThem(double recency, double frequency, double monetary)
    {
        using var response = await host.Reader.PostAsJsonAsync("/api/segments/predict", new { recency, frequency, monetary });
        var prediction = await response.ReadOk<SegmentPrediction>();

        var expected = reference.Analysis.Segmentation.Model.Place(recency, frequency, monetary);
        Assert.Equal((expected.Scores, expected.Segment, expected.Cluster, expected.ClusterLabel), (prediction.Scores, prediction.Segment, prediction.Cluster, prediction.ClusterLabel));
        Assert.All(prediction.Products, p => Assert.Contains(expected.Segment, p.Reason));
    }

    [Theory]
    [InlineData("{\"recency\": -1, \"frequency\": 1, \"monetary\": 1}")]
    [InlineData("{\"recency\": 1, \"frequency\": 1}")]
    public async Task Predict_NegativeOrMissingValue_400WithAnExample(string body)
    {
        using var response = await host.Reader.PostAsync("/api/segments/predict", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblem(HttpStatusCode.BadRequest, "recency, frequency and monetary", "\"recency\": 30");
    }

    [Fact]
    public async Task Predict_MalformedJson_400()
    {
        using var response = await host.Reader.PostAsync("/api/segments/predict", new StringContent("{recency", System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SegmentCsv_Champions_OneRowPerMemberWithTheLibrarysRecommendations()
    {
        using var response = await host.Reader.GetAsync("/api/segments/champions/customers.csv?top=2");
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"segment-champions.csv\"", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("customer_id,recency,frequency,monetary,rfm_score,segment,cluster,cluster_label,product_1,product_1_name,product_2,product_2_name", lines[0]);
        var members = reference.Analysis.Segmentation.Customers.Where(c => c.Placement.Segment == "Champions").ToList();
        Assert.Equal(members.Count, lines.Length - 1);
        var first = lines[1].Split(',');
        Assert.Equal(members[0].Rfm.CustomerId, first[0]);
        Assert.Equal("Champions", first[5]);
        var expected = reference.Recommender.Recommend(members[0].Rfm.CustomerId, new() { Top = 2 });
        Assert.Equal([expected[0].ProductId, expected[1].ProductId], [first[8], first[10]]);
    }

    [Fact]
    public async Task ClusterCsv_OneRowPerMember()
    {
        var cluster = reference.Analysis.Segmentation.Clusters[1];

        using var response = await host.Reader.GetAsync($"/api/clusters/{cluster.Cluster}/customers.csv?top=1");
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cluster.Size, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains($",{cluster.Cluster},{cluster.Label},", l));
    }

    [Fact]
    public async Task SegmentProducts_Champions_MostBoughtByItsCustomers()
    {
        var products = await host.Reader.GetOk<GroupProducts>("/api/segments/Champions/products?top=5");

        var data = reference.Recommender.Data;
        var members = reference.Analysis.Segmentation.Customers.Where(c => c.Placement.Segment == "Champions").Select(c => c.Rfm.CustomerId).ToHashSet();
        var buyers = Enumerable.Range(0, data.CustomerCount).Where(row => members.Contains(data.CustomerIds[row]))
            .SelectMany(row => data.Bought.RowIndices(row).ToArray())
            .GroupBy(p => p).Select(g => (Id: data.Products[g.Key].Id, Buyers: g.Count()))
            .OrderByDescending(p => p.Buyers).ThenBy(p => p.Id, StringComparer.Ordinal).Take(5).ToList();
        Assert.Equal("Champions", products.Group);
        Assert.Equal(buyers.Select(b => (b.Id, (float)b.Buyers)), products.Products.Select(p => (p.ProductId, p.Score)));
    }

    [Fact]
    public async Task ClusterProducts_NamedByTheClusterLabel()
    {
        var products = await host.Reader.GetOk<GroupProducts>("/api/clusters/0/products?top=3");

        Assert.Equal(reference.Analysis.Segmentation.Model.ClusterLabels[0], products.Group);
        Assert.Equal(3, products.Products.Count);
    }

    [Theory]
    [InlineData("/api/segments/Nobodies/products", "Champions")]
    [InlineData("/api/segments/Nobodies/customers.csv", "Champions")]
    [InlineData("/api/clusters/9/products", "0 to 3")]
    [InlineData("/api/clusters/9/customers.csv", "0 to 3")]
    public async Task UnknownGroup_404ListingTheKnownOnes(string url, string mention)
    {
        using var response = await host.Reader.GetAsync(url);

        await response.AssertProblem(HttpStatusCode.NotFound, mention);
    }
}
