using System.Globalization;
using System.Numerics.Tensors;

namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted low-rank model: a customer's score for a product is the dot product of their factor vectors.</summary>
internal sealed class LatentFactorModel : IPersistentModel
{
    public const string PersistedKind = "latent_factors";

    private readonly float[] customerFactors;
    private readonly float[] productFactorsT;
    private readonly int rank;
    private readonly InteractionData data;
    private readonly string reason;

    /// <param name="name">The strategy's name.</param>
    /// <param name="customerFactors">Customers × rank, row-major.</param>
    /// <param name="productFactorsT">Rank × products, row-major, so scoring runs along contiguous product rows.</param>
    /// <param name="rank">Number of factors.</param>
    /// <param name="data">The training data, for explanations.</param>
    /// <param name="reason">The explanation's opening words.</param>
    public LatentFactorModel(string name, float[] customerFactors, float[] productFactorsT, int rank, InteractionData data, string reason)
    {
        Name = name;
        this.customerFactors = customerFactors;
        this.productFactorsT = productFactorsT;
        this.rank = rank;
        this.data = data;
        this.reason = reason;
    }

    public string Name { get; }

    public string Kind => PersistedKind;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Name);
        writer.Write(rank);
        writer.Write(reason);
        writer.WriteArray<float>(customerFactors);
        writer.WriteArray<float>(productFactorsT);
    }

    public static LatentFactorModel Read(BinaryReader reader, InteractionData data)
    {
        var (name, rank, reason) = (reader.ReadString(), reader.ReadInt32(), reader.ReadString());
        var (customers, products) = (reader.ReadArray<float>(), reader.ReadArray<float>());
        if (rank < 1 || customers.Length != (long)data.CustomerCount * rank || products.Length != (long)data.ProductCount * rank)
        {
            throw new InvalidDataException("Latent factors do not match the customers and products.");
        }
        return new LatentFactorModel(name, customers, products, rank, data, reason);
    }

    public void Score(int customer, Span<float> scores)
    {
        var products = data.ProductCount;
        scores = scores[..products];
        scores.Clear();
        var factors = customerFactors.AsSpan(customer * rank, rank);
        for (var f = 0; f < rank; f++)
        {
            TensorPrimitives.MultiplyAdd(productFactorsT.AsSpan(f * products, products), factors[f], scores, scores);
        }
    }

    public string Explain(int customer, int product)
    {
        var closest = -1;
        var best = double.NegativeInfinity;
        foreach (var bought in data.Bought.RowIndices(customer))
        {
            var similarity = Cosine(bought, product);
            if (bought != product && similarity > best)
            {
                (best, closest) = (similarity, bought);
            }
        }
        return closest < 0
            ? string.Create(CultureInfo.InvariantCulture, $"{reason}.")
            : string.Create(CultureInfo.InvariantCulture, $"{reason}; it goes with {data.Products[closest].Name}.");
    }

    private double Cosine(int a, int b)
    {
        var products = data.ProductCount;
        double dot = 0, normA = 0, normB = 0;
        for (var f = 0; f < rank; f++)
        {
            var x = productFactorsT[(f * products) + a];
            var y = productFactorsT[(f * products) + b];
            dot += x * y;
            normA += x * x;
            normB += y * y;
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
