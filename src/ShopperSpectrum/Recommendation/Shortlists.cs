namespace ShopperSpectrum.Recommendation;

/// <summary>
/// Each customer's best products not yet bought, ranked once when the recommender is built, so that serving a list under the
/// default rules is a walk down a short ranked list instead of a pass over the catalogue with every part of the model.
/// </summary>
/// <remarks>A list holds the same products, scores and order that scoring on demand gives (ties in product order), and for
/// a hybrid the part that contributes most to each, which names the reason.</remarks>
internal sealed class Shortlists
{
    /// <summary>Products kept per customer: enough for a top 10 after a few exclusions.</summary>
    public const int Length = 50;

    /// <summary>Above this many entries (customers × <see cref="Length"/>) no lists are kept, and every request is scored on demand.</summary>
    private const long MaxEntries = 20_000_000;

    /// <summary>
    /// Above this many customer × product scores no lists are ranked either: building them scores the whole catalogue for every
    /// customer with every part: 103 s on 2 cores for 328,097 customers × 13,600 products (10M generated lines).
    /// </summary>
    internal const long MaxScoredCells = 2_000_000_000;

    private readonly int[] counts;
    private readonly int[] products;
    private readonly float[] scores;
    private readonly byte[] parts;

    private Shortlists(int[] counts, int[] products, float[] scores, byte[] parts) =>
        (this.counts, this.products, this.scores, this.parts) = (counts, products, scores, parts);

    /// <summary>Ranks every customer's products with <paramref name="model"/>, or returns null when the lists would be too large to keep.</summary>
    public static Shortlists? Build(InteractionData data, IRecommenderModel model, long maxScoredCells = MaxScoredCells)
    {
        var customers = data.CustomerCount;
        if ((long)customers * Length > MaxEntries || (long)customers * data.ProductCount > maxScoredCells)
        {
            return null;
        }
        var n = data.ProductCount;
        var hybrid = model as HybridModel;
        var partCount = hybrid?.Parts.Count ?? 0;
        if (partCount > byte.MaxValue)
        {
            return null;
        }
        var (counts, products, scores, parts) = (new int[customers], new int[customers * Length], new float[customers * Length], new byte[customers * Length]);
        Parallel.For(0, customers, () => (Scores: new float[n], Parts: new float[n * partCount]), (customer, _, buffers) =>
        {
            if (hybrid is null)
            {
                model.Score(customer, buffers.Scores);
            }
            else
            {
                hybrid.Score(customer, buffers.Scores, buffers.Parts);
            }
            var chosen = products.AsSpan(customer * Length, Length);
            var count = TopN.Select(buffers.Scores, data.Bought.RowIndices(customer), chosen);
            counts[customer] = count;
            for (var i = 0; i < count; i++)
            {
                scores[customer * Length + i] = buffers.Scores[chosen[i]];
                parts[customer * Length + i] = (byte)(hybrid?.BestPart(customer, chosen[i], buffers.Parts) ?? 0);
            }
            return buffers;
        }, _ => { });
        return new Shortlists(counts, products, scores, parts);
    }

    /// <summary>True when the list holds every product the customer has not bought, not just the best <see cref="Length"/>.</summary>
    public bool IsComplete(int customer) => counts[customer] < Length;

    /// <summary>The customer's ranked products, best first.</summary>
    public ReadOnlySpan<int> Products(int customer) => products.AsSpan(customer * Length, counts[customer]);

    /// <summary>The scores of <see cref="Products"/>.</summary>
    public ReadOnlySpan<float> Scores(int customer) => scores.AsSpan(customer * Length, counts[customer]);

    /// <summary>For each of <see cref="Products"/>, the index of the hybrid's part that contributes most (0 for a single model).</summary>
    public ReadOnlySpan<byte> Parts(int customer) => parts.AsSpan(customer * Length, counts[customer]);

    public void Write(BinaryWriter writer)
    {
        writer.WriteArray<int>(counts);
        writer.WriteArray<int>(products);
        writer.WriteArray<float>(scores);
        writer.WriteArray<byte>(parts);
    }

    public static Shortlists Read(BinaryReader reader, InteractionData data, IRecommenderModel model)
    {
        var (counts, products, scores, parts) = (reader.ReadArray<int>(), reader.ReadArray<int>(), reader.ReadArray<float>(), reader.ReadArray<byte>());
        var entries = (long)data.CustomerCount * Length;
        var partCount = Math.Max(1, (model as HybridModel)?.Parts.Count ?? 1);
        if (counts.Length != data.CustomerCount || products.Length != entries || scores.Length != entries || parts.Length != entries ||
            counts.Any(c => c < 0 || c > Length) || products.Any(p => p < 0 || p >= data.ProductCount) || parts.Any(p => p >= partCount))
        {
            throw new InvalidDataException("The shortlists do not match the customers, products and model.");
        }
        return new Shortlists(counts, products, scores, parts);
    }
}
