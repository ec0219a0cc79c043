using System.Buffers;
using System.Numerics.Tensors;

namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted hybrid: the parts' models and each customer's blend weights.</summary>
internal sealed class HybridModel(IRecommenderModel[] parts, double[][] weights, int products) : IRecommenderModel
{
    public string Name => "hybrid";

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
