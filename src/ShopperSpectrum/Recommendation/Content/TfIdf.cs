using System.Text.RegularExpressions;

namespace ShopperSpectrum.Recommendation;

/// <summary>
/// scikit-learn's TfidfVectorizer defaults: lowercase, tokens of two or more word characters, raw term counts, smooth idf
/// ln((1 + n) / (1 + df)) + 1, and L2-normalised rows; plus weighted attribute tokens.
/// </summary>
internal static partial class TfIdf
{
    /// <summary>Products × terms, rows L2-normalised, and the vocabulary (term → column).</summary>
    public static (InteractionMatrix Vectors, Dictionary<string, int> Vocabulary) Fit(IReadOnlyList<Product> products, ContentOptions options)
    {
        var documents = products.Select(p => Terms(p, options.AttributeWeight)).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Keys))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }
        var vocabulary = documentFrequency.Where(t => t.Value >= options.MinDocumentFrequency)
            .Select(t => t.Key).Order(StringComparer.Ordinal)
            .Select((term, i) => (term, i)).ToDictionary(t => t.term, t => t.i, StringComparer.Ordinal);
        var n = products.Count;
        var entries = new List<(int, int, float)>();
        for (var row = 0; row < n; row++)
        {
            var weights = documents[row]
                .Where(t => vocabulary.ContainsKey(t.Key))
                .Select(t => (Column: vocabulary[t.Key], Weight: t.Value * (Math.Log((1.0 + n) / (1.0 + documentFrequency[t.Key])) + 1)))
                .ToList();
            var norm = Math.Sqrt(weights.Sum(w => w.Weight * w.Weight));
            entries.AddRange(weights.Select(w => (row, w.Column, (float)(w.Weight / norm))));
        }
        return (InteractionMatrix.FromEntries(n, vocabulary.Count, entries), vocabulary);
    }

    /// <summary>A product's term weights before idf: word counts of its name, and <paramref name="attributeWeight"/> per attribute value.</summary>
    internal static Dictionary<string, double> Terms(Product product, float attributeWeight)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(product.Name.ToLowerInvariant()))
        {
            terms[word.Value] = terms.GetValueOrDefault(word.Value) + 1;
        }
        if (attributeWeight > 0)
        {
            // Attribute values become single tokens that no word can collide with, whitespace and all.
            (string Kind, string? Value)[] attributes = [("brand", product.Brand), ("line", product.ProductLine),
                ("class", product.ProductClass), ("size", product.ProductSize), ("type", product.ProductType)];
            foreach (var (kind, value) in attributes.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
            {
                terms[$"{kind}={value!.Trim().ToLowerInvariant()}"] = attributeWeight;
            }
        }
        return terms;
    }

    [GeneratedRegex(@"\b\w\w+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
