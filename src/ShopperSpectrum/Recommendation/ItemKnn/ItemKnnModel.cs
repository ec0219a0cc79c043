using System.Globalization;
using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted item-kNN model: each product's nearest neighbours with their (possibly normalised) cosine similarities.</summary>
internal sealed class ItemKnnModel : IPersistentModel
{
    public const string PersistedKind = "item_knn";

    private readonly InteractionData data;
    private readonly InteractionMatrix buyers;
    private readonly NeighbourGraph cosine;
    private readonly NeighbourGraph scoring;
    private readonly HistoryWeights weights;

    public ItemKnnModel(string name, InteractionData data, InteractionMatrix buyers, NeighbourGraph cosine, NeighbourGraph scoring, HistoryWeights weights)
    {
        Name = name;
        this.data = data;
        this.buyers = buyers;
        this.cosine = cosine;
        this.scoring = scoring;
        this.weights = weights;
    }

    public string Name { get; }

    public string Kind => PersistedKind;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Name);
        writer.WriteGraph(cosine);
        writer.Write(ReferenceEquals(scoring, cosine));
        if (!ReferenceEquals(scoring, cosine))
        {
            writer.WriteGraph(scoring);
        }
        weights.Write(writer);
    }

    public static ItemKnnModel Read(BinaryReader reader, InteractionData data)
    {
        var (name, cosine) = (reader.ReadString(), reader.ReadGraph());
        var scoring = reader.ReadBoolean() ? cosine : reader.ReadGraph();
        if (cosine.Rows != data.ProductCount || scoring.Rows != data.ProductCount)
        {
            throw new InvalidDataException("Item neighbours do not match the catalogue.");
        }
        return new ItemKnnModel(name, data, data.Bought.Transpose(), cosine, scoring, HistoryWeights.Read(reader));
    }

    public void Score(int customer, Span<float> scores)
    {
        scores = scores[..data.ProductCount];
        scores.Clear();
        var bought = data.Orders.RowIndices(customer);
        var orders = data.Orders.RowValues(customer);
        var days = data.DaysSinceLast.RowValues(customer);
        for (var b = 0; b < bought.Length; b++)
        {
            var weight = weights.Weight(orders[b], days[b]);
            var neighbours = scoring.Neighbours(bought[b]);
            var similarities = scoring.Weights(bought[b]);
            for (var n = 0; n < neighbours.Length; n++)
            {
                scores[neighbours[n]] += weight * similarities[n];
            }
        }
    }

    public string Explain(int customer, int product)
    {
        var closest = -1;
        var best = 0f;
        foreach (var bought in data.Orders.RowIndices(customer))
        {
            var similarity = cosine.Weight(bought, product);
            if (similarity > best)
            {
                (best, closest) = (similarity, bought);
            }
        }
        if (closest < 0)
        {
            return "Often bought together with products like yours.";
        }
        var together = CommonCount(buyers.RowIndices(closest), buyers.RowIndices(product));
        return string.Create(CultureInfo.InvariantCulture,
            $"Bought with {data.Products[closest].Name} by {together} {(together == 1 ? "customer" : "customers")}.");
    }

    private static int CommonCount(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var (i, j, count) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                (count, i, j) = (count + 1, i + 1, j + 1);
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return count;
    }
}
