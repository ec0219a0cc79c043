using System.Globalization;
using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted user-kNN model: each customer's nearest neighbours within their segment, with cosine similarities.</summary>
internal sealed class UserKnnModel : IPersistentModel
{
    public const string PersistedKind = "user_knn";

    private readonly InteractionData data;
    private readonly NeighbourGraph neighbours;

    public UserKnnModel(string name, InteractionData data, NeighbourGraph neighbours)
    {
        Name = name;
        this.data = data;
        this.neighbours = neighbours;
    }

    public string Name { get; }

    public string Kind => PersistedKind;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Name);
        writer.WriteGraph(neighbours);
    }

    public static UserKnnModel Read(BinaryReader reader, InteractionData data)
    {
        var (name, graph) = (reader.ReadString(), reader.ReadGraph());
        if (graph.Rows != data.CustomerCount)
        {
            throw new InvalidDataException("Customer neighbours do not match the customers.");
        }
        return new UserKnnModel(name, data, graph);
    }

    public void Score(int customer, Span<float> scores)
    {
        scores = scores[..data.ProductCount];
        scores.Clear();
        var others = neighbours.Neighbours(customer);
        var similarities = neighbours.Weights(customer);
        for (var n = 0; n < others.Length; n++)
        {
            foreach (var product in data.Bought.RowIndices(others[n]))
            {
                scores[product] += similarities[n];
            }
        }
    }

    public string Explain(int customer, int product)
    {
        var others = neighbours.Neighbours(customer);
        var buyers = 0;
        foreach (var other in others)
        {
            buyers += data.Bought.RowIndices(other).BinarySearch(product) >= 0 ? 1 : 0;
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"Popular with similar customers in your segment: {buyers} of the {others.Length} who buy most like you bought {data.Products[product].Name}.");
    }
}
