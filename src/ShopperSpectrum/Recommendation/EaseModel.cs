using System.Numerics.Tensors;
using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>EASE's dense products × products weights B; a customer's scores are the sum of B's rows for what they bought.</summary>
internal sealed class EaseModel(string name, InteractionData data, float[] weights, HistoryWeights? history) : IRecommenderModel
{
    private readonly IReadOnlyList<Product> products = data.Products;
    private readonly InteractionMatrix bought = data.Bought;

    public string Name => name;

    public void Score(int customer, Span<float> scores)
    {
        if (history is null)
        {
            CoPurchases.SumRows(weights, bought.RowIndices(customer), scores);
            return;
        }
        var n = scores.Length;
        scores.Clear();
        var rows = bought.RowIndices(customer);
        var orders = data.Orders.RowValues(customer);
        var days = data.DaysSinceLast.RowValues(customer);
        for (var i = 0; i < rows.Length; i++)
        {
            TensorPrimitives.MultiplyAdd(weights.AsSpan(rows[i] * n, n), history.Weight(orders[i], days[i]), scores, scores);
        }
    }

    public string Explain(int customer, int product)
    {
        var n = products.Count;
        var (strongest, best) = (-1, 0f);
        foreach (var owned in bought.RowIndices(customer))
        {
            if (weights[owned * n + product] > best)
            {
                (strongest, best) = (owned, weights[owned * n + product]);
            }
        }
        return strongest < 0
            ? "nothing you bought points to it"
            : string.Format(CultureInfo.InvariantCulture, "customers who buy {0} tend to buy it too (weight {1:0.000})", products[strongest].Name, best);
    }
}
