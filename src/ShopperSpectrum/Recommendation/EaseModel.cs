using System.Numerics.Tensors;
using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>EASE's dense products × products weights B; a customer's scores are the sum of B's rows for what they bought.</summary>
internal sealed class EaseModel(string name, InteractionData data, float[] weights, HistoryWeights? history) : IPersistentModel
{
    public const string PersistedKind = "ease";

    private readonly IReadOnlyList<Product> products = data.Products;
    private readonly InteractionMatrix bought = data.Bought;

    public string Name => name;

    public string Kind => PersistedKind;

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

    public void Write(BinaryWriter writer)
    {
        writer.Write(name);
        writer.WriteArray<float>(weights);
        writer.Write(history is not null);
        history?.Write(writer);
    }

    public static EaseModel Read(BinaryReader reader, InteractionData data)
    {
        var name = reader.ReadString();
        var weights = reader.ReadArray<float>();
        if (weights.Length != (long)data.ProductCount * data.ProductCount)
        {
            throw new InvalidDataException("EASE weights do not match the catalogue.");
        }
        return new EaseModel(name, data, weights, reader.ReadBoolean() ? HistoryWeights.Read(reader) : null);
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
