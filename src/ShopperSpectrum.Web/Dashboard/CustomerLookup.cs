using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>Finds a customer in the serving model and ranks their recommendations by one strategy or a weighted blend of two (the seeds' hybrid slider).</summary>
internal static class CustomerLookup
{
    /// <summary>How deep each strategy's list goes before two are blended.</summary>
    private const int BlendDepth = 100;

    /// <summary>The customer, or null when the model does not know <paramref name="customerId"/>.</summary>
    public static CustomerView? Find(ServedModel model, string customerId)
    {
        var id = customerId.Trim();
        if (id.Length == 0 || model.Customer(id) is not { } customer)
        {
            return null;
        }
        return new CustomerView(model.Info.Version, customer.Rfm, customer.Placement, History(model.Recommender.Data, id));
    }

    /// <summary>What the customer will likely buy next, ranked as <paramref name="choice"/> says; empty for a customer the recommender was not fitted on.</summary>
    public static IReadOnlyList<RecommendationRow> Recommend(ServedModel model, string customerId, RecommendationChoice choice)
    {
        if (!model.Recommender.Strategies.Contains(choice.Strategy) || (choice.BlendWith is { } blend && !model.Recommender.Strategies.Contains(blend)))
        {
            throw new ArgumentException($"strategy {choice.Strategy} is not in model version {model.Info.Version}.", nameof(choice));
        }
        if (BinarySearch(model.Recommender.Data.CustomerIds, customerId) < 0)
        {
            return [];
        }
        if (choice.BlendWith is not { } other || choice.Weight >= 1)
        {
            return Rows(Ranked(model, customerId, choice.Strategy, RecommendationChoice.Top));
        }
        var weight = Math.Clamp(choice.Weight, 0, 1);
        var first = Normalised(Ranked(model, customerId, choice.Strategy, BlendDepth));
        var second = Normalised(Ranked(model, customerId, other, BlendDepth));
        return [.. first.Keys.Union(second.Keys)
            .Select(id =>
            {
                var a = first.TryGetValue(id, out var left) ? weight * left.Score : 0;
                var b = second.TryGetValue(id, out var right) ? (1 - weight) * right.Score : 0;
                var source = (a >= b && left.Item is not null) || right.Item is null ? left.Item! : right.Item;
                return new RecommendationRow(id, source.Name, Math.Round(a + b, 4), source.Reason);
            })
            .OrderByDescending(r => r.Score).ThenBy(r => r.ProductId, StringComparer.Ordinal)
            .Take(RecommendationChoice.Top)];
    }

    private static IReadOnlyList<ProductRecommendation> Ranked(ServedModel model, string customerId, string strategy, int top) =>
        model.Recommender.Recommend(customerId, new RecommendOptions { Top = top, Strategy = strategy });

    private static List<RecommendationRow> Rows(IReadOnlyList<ProductRecommendation> list) =>
        [.. list.Select(r => new RecommendationRow(r.ProductId, r.Name, Math.Round(r.Score, 4), r.Reason))];

    /// <summary>Min–max normalised scores in [0, 1] by product id, so two strategies' lists can be blended as the seeds' hybrid does.</summary>
    private static Dictionary<string, (ProductRecommendation Item, double Score)> Normalised(IReadOnlyList<ProductRecommendation> list)
    {
        if (list.Count == 0)
        {
            return [];
        }
        var (min, max) = (list.Min(r => r.Score), list.Max(r => r.Score));
        return list.ToDictionary(r => r.ProductId, r => (r, max > min ? (r.Score - min) / (double)(max - min) : 1.0), StringComparer.Ordinal);
    }

    private static List<PurchaseLine> History(InteractionData data, string customerId)
    {
        var row = BinarySearch(data.CustomerIds, customerId);
        if (row < 0)
        {
            return [];
        }
        var products = data.Orders.RowIndices(row);
        var orders = data.Orders.RowValues(row);
        var units = data.Quantities.RowValues(row);
        var days = data.DaysSinceLast.RowValues(row);
        var lines = new List<PurchaseLine>(products.Length);
        for (var i = 0; i < products.Length; i++)
        {
            var product = data.Products[products[i]];
            lines.Add(new PurchaseLine(product.Id, product.Name, (int)orders[i], units[i], data.AsOf.Date.AddDays(-days[i])));
        }
        return [.. lines.OrderByDescending(l => l.LastBought).ThenByDescending(l => l.Orders)];
    }

    /// <summary>The row of <paramref name="id"/> in the ordinal-sorted customer ids, or a negative number.</summary>
    private static int BinarySearch(IReadOnlyList<string> ids, string id)
    {
        var (low, high) = (0, ids.Count - 1);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var order = string.CompareOrdinal(ids[mid], id);
            if (order == 0)
            {
                return mid;
            }
            (low, high) = order < 0 ? (mid + 1, high) : (low, mid - 1);
        }
        return -1;
    }
}
