using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The products page: find products by name or code, and the products bought by the same customers as one of them.</summary>
internal static class ProductFinder
{
    public const int MaxMatches = 20;

    /// <summary>The product whose code is <paramref name="text"/> first, then those whose name contains it, best match first.</summary>
    public static IReadOnlyList<Product> Search(ServedModel model, string text)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return [];
        }
        var byCode = model.Product(query) is { } exact ? [exact] : model.Product(query.ToUpperInvariant()) is { } upper ? new[] { upper } : [];
        return [.. byCode.Concat(model.Recommender.FindProducts(query).Where(p => !byCode.Contains(p))).Take(MaxMatches)];
    }

    public static IReadOnlyList<RecommendationRow> Similar(ServedModel model, string productId, int top = 10) =>
        model.Product(productId) is null
            ? []
            : [.. model.Recommender.Similar(productId, top).Select(s => new RecommendationRow(s.ProductId, s.Name, Math.Round(s.Score, 4), s.Reason))];
}
