using System.Buffers;
using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>The shop-facing recommender over a fitted (or loaded) model: lists for known customers, similar products, and products by name; immutable and thread-safe.</summary>
public sealed class ShopRecommender
{
    private readonly Dictionary<string, int> customerRow;
    private readonly Dictionary<string, int> productColumn;
    private readonly CoPurchaseSimilarity similarity;

    /// <summary>Wraps a model fitted on <paramref name="data"/>, ranking every customer's best products once for fast serving.</summary>
    public ShopRecommender(InteractionData data, IRecommenderModel model, RecommenderManifest manifest)
        : this(data, model, manifest, Shortlists.Build(data ?? throw new ArgumentNullException(nameof(data)), model ?? throw new ArgumentNullException(nameof(model))))
    {
    }

    /// <summary>Wraps a model with lists ranked when it was built (or none), as a saved recommender is loaded.</summary>
    internal ShopRecommender(InteractionData data, IRecommenderModel model, RecommenderManifest manifest, Shortlists? shortlists)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(manifest);
        Data = data;
        Model = model;
        Manifest = manifest;
        Shortlists = shortlists;
        customerRow = data.CustomerIds.Select((id, row) => (id, row)).ToDictionary(c => c.id, c => c.row, StringComparer.Ordinal);
        productColumn = data.Products.Select((p, column) => (p.Id, column)).ToDictionary(p => p.Id, p => p.column, StringComparer.Ordinal);
        similarity = new CoPurchaseSimilarity(data.Bought);
        Strategies = [model.Name, .. (model as HybridModel)?.Parts.Select(p => p.Name) ?? []];
    }

    /// <summary>The customers, products and purchases the model was fitted on.</summary>
    public InteractionData Data { get; }

    /// <summary>The fitted model (the tuned hybrid for the shop-facing default).</summary>
    public IRecommenderModel Model { get; }

    /// <summary>When and from what the model was built, and its blend.</summary>
    public RecommenderManifest Manifest { get; }

    /// <summary>Each customer's best products not yet bought, ranked when the recommender was built; null for very many customers.</summary>
    internal Shortlists? Shortlists { get; }

    /// <summary>The strategies <see cref="RecommendOptions.Strategy"/> may name: the model's own first, then each part it blends.</summary>
    public IReadOnlyList<string> Strategies { get; }

    /// <summary>The best products for a known customer, best first, each with the reason of the strategy that contributes most.</summary>
    /// <exception cref="UnknownCustomerException">The customer bought nothing before the model's data ends.</exception>
    public IReadOnlyList<ProductRecommendation> Recommend(string customerId, RecommendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        options ??= new RecommendOptions();
        options.Validate();
        if (!customerRow.TryGetValue(customerId, out var customer))
        {
            throw new UnknownCustomerException(customerId, string.Create(CultureInfo.InvariantCulture,
                $"customer {customerId} is not in the model; known customers bought before {Data.AsOf:yyyy-MM-dd}; for a new customer use `spectrum segment` with their recency, frequency and monetary value."));
        }
        // Shortlists rank by the model itself: a list by one blended part is always scored afresh.
        var own = options.Strategy is null || options.Strategy == Model.Name;
        return (own ? FromShortlist(customer, options) : null) ?? Score(customer, options);
    }

    /// <summary>The list walked down the customer's shortlist, when it applies to these options and holds enough products; else null.</summary>
    private List<ProductRecommendation>? FromShortlist(int customer, RecommendOptions options)
    {
        if (Shortlists is null || !options.ExcludePurchased || options.RestrictTo is not null)
        {
            return null;
        }
        var products = Shortlists.Products(customer);
        var picked = new List<int>(options.Top);
        for (var i = 0; i < products.Length && picked.Count < options.Top; i++)
        {
            if (options.Exclude.Count == 0 || !options.Exclude.Contains(Data.Products[products[i]].Id))
            {
                picked.Add(i);
            }
        }
        if (picked.Count < options.Top && !Shortlists.IsComplete(customer))
        {
            return null;
        }
        var scores = Shortlists.Scores(customer);
        var parts = Shortlists.Parts(customer);
        var hybrid = Model as HybridModel;
        var list = new List<ProductRecommendation>(picked.Count);
        foreach (var i in picked)
        {
            var (product, column) = (Data.Products[products[i]], products[i]);
            var reason = hybrid is null ? Model.Explain(customer, column) : hybrid.Parts[parts[i]].Explain(customer, column);
            list.Add(new ProductRecommendation(product.Id, product.Name, scores[i], reason));
        }
        return list;
    }

    /// <summary>The list from scoring every product with the model.</summary>
    private List<ProductRecommendation> Score(int customer, RecommendOptions options)
    {
        var model = ModelFor(options.Strategy);
        var n = Data.ProductCount;
        var hybrid = model as HybridModel;
        var parts = hybrid?.Parts.Count ?? 0;
        var buffer = ArrayPool<float>.Shared.Rent(n * (1 + parts));
        var chosen = ArrayPool<int>.Shared.Rent(options.Top);
        try
        {
            var scores = buffer.AsSpan(0, n);
            var partScores = buffer.AsSpan(n, n * parts);
            if (hybrid is null)
            {
                model.Score(customer, scores);
            }
            else
            {
                hybrid.Score(customer, scores, partScores);
            }
            var excluded = Exclusions(customer, options, scores);
            var count = TopN.Select(scores, excluded, chosen.AsSpan(0, options.Top));
            var list = new List<ProductRecommendation>(count);
            foreach (var product in chosen.AsSpan(0, count))
            {
                var reason = hybrid is null ? model.Explain(customer, product) : hybrid.Explain(customer, product, partScores);
                list.Add(new ProductRecommendation(Data.Products[product].Id, Data.Products[product].Name, scores[product], reason));
            }
            return list;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(chosen);
            ArrayPool<float>.Shared.Return(buffer);
        }
    }

    /// <summary>Products most often bought by the same customers as <paramref name="productId"/> (co-purchase cosine), best first.</summary>
    /// <exception cref="UnknownProductException">The catalogue has no product with this id.</exception>
    public IReadOnlyList<ProductRecommendation> Similar(string productId, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(productId);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, RecommendOptions.MaxTop);
        if (!productColumn.TryGetValue(productId, out var product))
        {
            throw new UnknownProductException(productId, $"product {productId} is not in the model's catalogue; find its id by name with `spectrum similar --name TEXT`.");
        }
        return [.. similarity.Top(product, top).Select(s => new ProductRecommendation(
            Data.Products[s.Product].Id, Data.Products[s.Product].Name, s.Cosine,
            string.Create(CultureInfo.InvariantCulture, $"bought together by {s.CoBuyers:N0} {(s.CoBuyers == 1 ? "customer" : "customers")}")))];
    }

    /// <summary>Products whose name contains <paramref name="nameFragment"/> (ignoring case), best match first: exact name, then name starting with it, then most buyers.</summary>
    public IReadOnlyList<Product> FindProducts(string nameFragment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameFragment);
        var fragment = nameFragment.Trim();
        return [.. Data.Products.Select((p, column) => (p, column))
            .Where(c => c.p.Name.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => c.p.Name.Trim().Equals(fragment, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(c => c.p.Name.TrimStart().StartsWith(fragment, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(c => similarity.Buyers(c.column))
            .ThenBy(c => c.p.Id, StringComparer.Ordinal)
            .Select(c => c.p)];
    }

    /// <summary>The model itself, or the blended part named <paramref name="strategy"/>.</summary>
    private IRecommenderModel ModelFor(string? strategy)
    {
        if (strategy is null || strategy == Model.Name)
        {
            return Model;
        }
        return (Model as HybridModel)?.Parts.FirstOrDefault(p => p.Name == strategy)
            ?? throw new ArgumentException($"strategy {strategy} is not in the model; choose one of {string.Join(", ", Strategies)}.", nameof(strategy));
    }

    /// <summary>The products to skip, ascending: the customer's purchases alone when nothing else is excluded; otherwise those scores become NaN, which <see cref="TopN"/> skips.</summary>
    private ReadOnlySpan<int> Exclusions(int customer, RecommendOptions options, Span<float> scores)
    {
        var bought = options.ExcludePurchased ? Data.Bought.RowIndices(customer) : [];
        if (options.Exclude.Count == 0 && options.RestrictTo is null)
        {
            return bought;
        }
        foreach (var product in bought)
        {
            scores[product] = float.NaN;
        }
        foreach (var id in options.Exclude)
        {
            if (productColumn.TryGetValue(id, out var product))
            {
                scores[product] = float.NaN;
            }
        }
        if (options.RestrictTo is { } allowed)
        {
            var keep = allowed.Select(id => productColumn.GetValueOrDefault(id, -1)).Where(c => c >= 0).ToHashSet();
            for (var product = 0; product < scores.Length; product++)
            {
                if (!keep.Contains(product))
                {
                    scores[product] = float.NaN;
                }
            }
        }
        return [];
    }
}
