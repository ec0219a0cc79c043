using System.Buffers;
using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted content model: L2-normalised TF-IDF vectors per product and their inverted index.</summary>
internal sealed class ContentModel : IPersistentModel
{
    public const string PersistedKind = "content";

    private readonly InteractionData data;
    private readonly InteractionMatrix vectors;
    private readonly InteractionMatrix postings;
    private readonly HistoryWeights weights;

    public ContentModel(string name, InteractionData data, InteractionMatrix vectors, HistoryWeights weights)
    {
        Name = name;
        this.data = data;
        this.vectors = vectors;
        postings = vectors.Transpose();
        this.weights = weights;
    }

    public string Name { get; }

    public string Kind => PersistedKind;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Name);
        writer.WriteMatrix(vectors);
        weights.Write(writer);
    }

    public static ContentModel Read(BinaryReader reader, InteractionData data)
    {
        var (name, vectors) = (reader.ReadString(), reader.ReadMatrix());
        if (vectors.Rows != data.ProductCount)
        {
            throw new InvalidDataException("Content vectors do not match the catalogue.");
        }
        return new ContentModel(name, data, vectors, HistoryWeights.Read(reader));
    }

    /// <remarks>Σ over bought products of weight × (vector · every product's vector) is (Σ weight × vector) · every product's
    /// vector: the customer's profile is summed over the terms of what they bought first, then each of its terms' postings is
    /// added once, where a term shared by many of their products (SET, HEART, RED) was added once per product.</remarks>
    public void Score(int customer, Span<float> scores)
    {
        scores = scores[..data.ProductCount];
        scores.Clear();
        var bought = data.Orders.RowIndices(customer);
        var orders = data.Orders.RowValues(customer);
        var days = data.DaysSinceLast.RowValues(customer);
        var rented = ArrayPool<float>.Shared.Rent(postings.Rows);
        var profile = rented.AsSpan(0, postings.Rows);
        profile.Clear();
        for (var b = 0; b < bought.Length; b++)
        {
            var weight = weights.Weight(orders[b], days[b]);
            var terms = vectors.RowIndices(bought[b]);
            var values = vectors.RowValues(bought[b]);
            for (var t = 0; t < terms.Length; t++)
            {
                profile[terms[t]] += weight * values[t];
            }
        }
        for (var term = 0; term < profile.Length; term++)
        {
            if (profile[term] != 0)
            {
                // Through the inverted index: only the products sharing the term are touched.
                var products = postings.RowIndices(term);
                var productValues = postings.RowValues(term);
                var factor = profile[term];
                for (var p = 0; p < products.Length; p++)
                {
                    scores[products[p]] += factor * productValues[p];
                }
            }
        }
        ArrayPool<float>.Shared.Return(rented);
    }

    public string Explain(int customer, int product)
    {
        var closest = -1;
        var best = 0f;
        foreach (var bought in data.Orders.RowIndices(customer))
        {
            var similarity = Dot(bought, product);
            if (bought != product && similarity > best)
            {
                (best, closest) = (similarity, bought);
            }
        }
        if (closest < 0)
        {
            return "Similar to products you bought.";
        }
        var (name, brand) = (data.Products[closest].Name, data.Products[product].Brand);
        return !string.IsNullOrWhiteSpace(brand) && string.Equals(brand, data.Products[closest].Brand, StringComparison.OrdinalIgnoreCase)
            ? string.Create(CultureInfo.InvariantCulture, $"Same brand as {name}: {brand}.")
            : string.Create(CultureInfo.InvariantCulture, $"Similar to {name}.");
    }

    private float Dot(int a, int b)
    {
        var ia = vectors.RowIndices(a);
        var va = vectors.RowValues(a);
        var ib = vectors.RowIndices(b);
        var vb = vectors.RowValues(b);
        var (i, j, sum) = (0, 0, 0f);
        while (i < ia.Length && j < ib.Length)
        {
            if (ia[i] == ib[j])
            {
                sum += va[i++] * vb[j++];
            }
            else if (ia[i] < ib[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }
}
