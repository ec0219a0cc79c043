using System.Buffers;
using System.Numerics.Tensors;

namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted hybrid: the parts' models and each customer's blend weights.</summary>
internal sealed class HybridModel(IRecommenderModel[] parts, double[][] weights, int products) : IPersistentModel
{
    public const string PersistedKind = "hybrid";

    public string Name => "hybrid";

    public string Kind => PersistedKind;

    /// <summary>The blended models, in blend order.</summary>
    public IReadOnlyList<IRecommenderModel> Parts => parts;

    /// <summary>The blend weights of the customer at row <paramref name="customer"/>, one per part.</summary>
    public ReadOnlySpan<double> WeightsOf(int customer) => weights[customer];

    public void Write(BinaryWriter writer)
    {
        writer.Write(parts.Length);
        foreach (var part in parts)
        {
            PersistentModels.Write(writer, part);
        }
        writer.Write(weights.Length);
        foreach (var customerWeights in weights)
        {
            writer.WriteArray<double>(customerWeights);
        }
    }

    public static HybridModel Read(BinaryReader reader, InteractionData data)
    {
        var parts = new IRecommenderModel[reader.ReadInt32()];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = PersistentModels.Read(reader, data);
        }
        var customers = reader.ReadInt32();
        if (customers != data.CustomerCount)
        {
            throw new InvalidDataException("Hybrid weights do not match the customers.");
        }
        var weights = new double[customers][];
        for (var c = 0; c < customers; c++)
        {
            var row = reader.ReadArray<double>();
            if (row.Length != parts.Length)
            {
                throw new InvalidDataException("Hybrid weights do not match the parts.");
            }
            weights[c] = row;
        }
        return new HybridModel(parts, weights, data.ProductCount);
    }

    /// <summary>Scores exactly as <see cref="Score(int, Span{float})"/>, keeping each part's normalised scores (parts × products) for <see cref="Explain(int, int, ReadOnlySpan{float})"/>.</summary>
    public void Score(int customer, Span<float> scores, Span<float> partScores)
    {
        scores.Clear();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = partScores.Slice(i * products, products);
            var weight = (float)weights[customer][i];
            if (weight == 0)
            {
                part.Clear();
                continue;
            }
            parts[i].Score(customer, part);
            Normalise(part);
            TensorPrimitives.MultiplyAdd(part, weight, scores, scores);
        }
    }

    /// <summary>The reason of the part that adds most to this product's blended score, from part scores kept by <see cref="Score(int, Span{float}, Span{float})"/>.</summary>
    public string Explain(int customer, int product, ReadOnlySpan<float> partScores) =>
        parts[BestPart(customer, product, partScores)].Explain(customer, product);

    /// <summary>The index of the part that adds most to this product's blended score, from part scores kept by <see cref="Score(int, Span{float}, Span{float})"/>.</summary>
    public int BestPart(int customer, int product, ReadOnlySpan<float> partScores)
    {
        var (best, bestContribution) = (0, float.NegativeInfinity);
        for (var i = 0; i < parts.Length; i++)
        {
            var contribution = (float)weights[customer][i] * partScores[(i * products) + product];
            if (contribution > bestContribution)
            {
                (best, bestContribution) = (i, contribution);
            }
        }
        return best;
    }

    public void Score(int customer, Span<float> scores)
    {
        scores.Clear();
        var buffer = ArrayPool<float>.Shared.Rent(products);
        try
        {
            var part = buffer.AsSpan(0, products);
            for (var i = 0; i < parts.Length; i++)
            {
                var weight = (float)weights[customer][i];
                if (weight == 0)
                {
                    continue;
                }
                parts[i].Score(customer, part);
                Normalise(part);
                TensorPrimitives.MultiplyAdd(part, weight, scores, scores);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>The reason of the part that adds most to this product's blended score.</summary>
    public string Explain(int customer, int product)
    {
        var buffer = new float[products];
        var (best, bestContribution) = (0, float.NegativeInfinity);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i].Score(customer, buffer);
            Normalise(buffer);
            var contribution = (float)weights[customer][i] * buffer[product];
            if (contribution > bestContribution)
            {
                (best, bestContribution) = (i, contribution);
            }
        }
        return parts[best].Explain(customer, product);
    }

    /// <summary>Min–max normalisation to [0, 1]; a constant score vector becomes all zeros.</summary>
    internal static void Normalise(Span<float> scores)
    {
        var (min, max) = (TensorPrimitives.Min(scores), TensorPrimitives.Max(scores));
        if (max > min)
        {
            TensorPrimitives.Subtract(scores, min, scores);
            TensorPrimitives.Multiply(scores, 1f / (max - min), scores);
        }
        else
        {
            scores.Clear();
        }
    }
}
