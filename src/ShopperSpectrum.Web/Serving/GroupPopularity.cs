using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Web.Serving;

/// <summary>What a new customer of each group (RFM segment or cluster) is shown first: the products most of the group's customers bought.</summary>
internal sealed class GroupPopularity
{
    private readonly SegmentPopularityModel model;
    private readonly IReadOnlyList<Product> products;
    private readonly string[] names;

    public GroupPopularity(InteractionData data, string[] names, Func<string, int> groupOfCustomer)
    {
        this.names = names;
        products = data.Products;
        model = SegmentPopularityRecommender.Build(data, new CustomerSegments([.. data.CustomerIds.Select(groupOfCustomer)], names));
    }

    public IReadOnlyList<string> Names => names;

    /// <summary>The index of the group named exactly <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => Array.IndexOf(names, name);

    /// <summary>The <paramref name="top"/> products most bought in group <paramref name="group"/>, ties by product id, each with the segment's reason.</summary>
    public IReadOnlyList<RecommendedProduct> Top(int group, int top)
    {
        var scores = new float[products.Count];
        model.ScoreSegment(group, scores);
        return [.. Enumerable.Range(0, scores.Length)
            .Where(p => scores[p] > 0)
            .OrderByDescending(p => scores[p])
            .ThenBy(p => products[p].Id, StringComparer.Ordinal)
            .Take(top)
            .Select(p => new RecommendedProduct(products[p].Id, products[p].Name, scores[p], model.ExplainSegment(group, p)))];
    }
}
