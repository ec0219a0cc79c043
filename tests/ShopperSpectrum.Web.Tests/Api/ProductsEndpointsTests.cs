using System.Net;
using ShopperSpectrum.Web.Api.Contracts;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class ProductsEndpointsTests(TrainedHost host, OnlineRetailReference reference)
{
    [Fact]
    public async Task GetSimilar_KnownProduct_SameAsTheLibrary()
    {
        var similar = await host.Reader.GetOk<SimilarProducts>("/api/products/85123A/similar?top=5");

        var expected = reference.Recommender.Similar("85123A", 5);
        Assert.Equal("85123A", similar.Product.Id);
        Assert.Equal(expected.Select(e => (e.ProductId, e.Score, e.Reason)), similar.Similar.Select(s => (s.ProductId, s.Score, s.Reason!)));
        Assert.StartsWith("bought together by", similar.Similar[0].Reason);
    }

    [Fact]
    public async Task Search_ByName_BestMatchFirstAsTheLibrary()
    {
        var matches = await host.Reader.GetOk<ProductMatches>("/api/products?search=white%20hanging%20heart&top=3");

        Assert.Equal(reference.Recommender.FindProducts("white hanging heart").Take(3).Select(p => p.Id), matches.Products.Select(p => p.Id));
        Assert.Equal("85123A", matches.Products[0].Id);
    }

    [Fact]
    public async Task Search_NoMatch_EmptyList()
    {
        var matches = await host.Reader.GetOk<ProductMatches>("/api/products?search=zzzzqqq");

        Assert.Empty(matches.Products);
    }

    [Fact]
    public async Task Search_WithoutText_400()
    {
        using var response = await host.Reader.GetAsync("/api/products");

        await response.AssertProblem(HttpStatusCode.BadRequest, "search");
    }

    [Fact]
    public async Task GetSimilar_UnknownProduct_404PointingToSearch()
    {
        using var response = await host.Reader.GetAsync("/api/products/NOPE123/similar");

        await response.AssertProblem(HttpStatusCode.NotFound, "product NOPE123", "/api/products?search=");
    }
}
