using System.Buffers;
using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>
/// EASE's weights B over the products it was fitted on (kept, ascending; the others have no weights, to or
/// from them), k × k for k kept products; a customer's scores are the sum of B's rows for what they bought.
/// </summary>
internal sealed class EaseModel : IPersistentModel
{
    public const string PersistedKind = "ease";

    private readonly InteractionData data;
    private readonly int[] kept;
    private readonly float[] weights;
    private readonly HistoryWeights? history;

    /// <summary>Each product's row and column in B, or −1 for a product left out.</summary>
    private readonly int[] position;

    public EaseModel(string name, InteractionData data, int[] kept, float[] weights, HistoryWeights? history)
    {
        Name = name;
        this.data = data;
        this.kept = kept;
        this.weights = weights;
        this.history = history;
        position = new int[data.ProductCount];
        Array.Fill(position, -1);
        for (var r = 0; r < kept.Length; r++)
        {
            position[kept[r]] = r;
        }
    }

    public string Name { get; }

    public string Kind => PersistedKind;

    /// <remarks>The rows of the kept products bought are summed into the first k scores, which are then spread to their
    /// products from the last down (a kept product's place is never before its row), zero for the others: the sums of the
    /// n × n matrix this replaced, whose other rows and columns held zeros, without reading them.</remarks>
    public void Score(int customer, Span<float> scores)
    {
        var k = kept.Length;
        var bought = data.Bought.RowIndices(customer);
        var rows = ArrayPool<int>.Shared.Rent(bought.Length);
        var rowWeights = ArrayPool<float>.Shared.Rent(history is null ? 0 : bought.Length);
        var count = RowsOf(customer, rows, rowWeights);
        CoPurchases.SumRows(weights, rows.AsSpan(0, count), history is null ? [] : rowWeights.AsSpan(0, count), scores[..k]);
        ArrayPool<int>.Shared.Return(rows);
        ArrayPool<float>.Shared.Return(rowWeights);
        for (var product = data.ProductCount - 1; product >= 0; product--)
        {
            var row = position[product];
            scores[product] = row >= 0 ? scores[row] : 0;
        }
    }

    /// <summary>Writes the rows in B of the kept products the customer bought, in their order, and with a history their
    /// weights; returns how many.</summary>
    private int RowsOf(int customer, Span<int> rows, Span<float> rowWeights)
    {
        var bought = data.Bought.RowIndices(customer);
        var orders = data.Orders.RowValues(customer);
        var days = data.DaysSinceLast.RowValues(customer);
        var count = 0;
        for (var i = 0; i < bought.Length; i++)
        {
            var row = position[bought[i]];
            if (row >= 0)
            {
                rows[count] = row;
                if (history is not null)
                {
                    rowWeights[count] = history.Weight(orders[i], days[i]);
                }
                count++;
            }
        }
        return count;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Name);
        writer.WriteArray<int>(kept);
        writer.WriteArray<float>(weights);
        writer.Write(history is not null);
        history?.Write(writer);
    }

    public static EaseModel Read(BinaryReader reader, InteractionData data)
    {
        var name = reader.ReadString();
        var kept = reader.ReadArray<int>();
        var weights = reader.ReadArray<float>();
        var ascending = kept.Select((product, r) => r == 0 || product > kept[r - 1]).All(b => b);
        if (!ascending || kept.Any(p => p < 0 || p >= data.ProductCount) || weights.Length != (long)kept.Length * kept.Length)
        {
            throw new InvalidDataException("EASE weights do not match the catalogue.");
        }
        return new EaseModel(name, data, kept, weights, reader.ReadBoolean() ? HistoryWeights.Read(reader) : null);
    }

    public string Explain(int customer, int product)
    {
        var (strongest, best) = (-1, 0f);
        var column = position[product];
        foreach (var owned in data.Bought.RowIndices(customer))
        {
            var weight = column >= 0 && position[owned] >= 0 ? weights[(position[owned] * kept.Length) + column] : 0;
            if (weight > best)
            {
                (strongest, best) = (owned, weight);
            }
        }
        return strongest < 0
            ? "nothing you bought points to it"
            : string.Format(CultureInfo.InvariantCulture, "customers who buy {0} tend to buy it too (weight {1:0.000})", data.Products[strongest].Name, best);
    }
}
