using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Serving;

/// <summary>One model version, loaded and immutable: everything a read request needs, swapped in and out as a whole.</summary>
internal sealed class ServedModel
{
    private readonly Dictionary<string, CustomerSegment> customers;
    private readonly Dictionary<string, Product> products;
    private readonly RecommendationCache cache;

    public ServedModel(ModelInfo info, AnalysisSnapshot analysis, SegmentationModel segmentation, ShopRecommender recommender, EvaluationReport? evaluation, int cachedLists)
    {
        Info = info;
        Analysis = analysis;
        Segmentation = segmentation;
        Recommender = recommender;
        Evaluation = evaluation;
        cache = new RecommendationCache(cachedLists);
        customers = analysis.Customers.ToDictionary(c => c.Rfm.CustomerId, StringComparer.Ordinal);
        products = recommender.Data.Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        if (recommender.Data.CustomerIds.Any(id => !customers.ContainsKey(id)))
        {
            throw new ModelException($"Model version {info.Version}: the recommender knows customers the segmentation does not; train the dataset again.");
        }
        string[] segmentNames = [.. analysis.Segments.Select(s => s.Name)];
        Segments = new GroupPopularity(recommender.Data, segmentNames, id => Array.IndexOf(segmentNames, customers[id].Placement.Segment));
        Clusters = new GroupPopularity(recommender.Data, segmentation.ClusterLabels, id => customers[id].Placement.Cluster);
    }

    public ModelInfo Info { get; }

    public AnalysisSnapshot Analysis { get; }

    public SegmentationModel Segmentation { get; }

    public ShopRecommender Recommender { get; }

    public EvaluationReport? Evaluation { get; }

    /// <summary>What new customers of each named RFM segment are shown first.</summary>
    public GroupPopularity Segments { get; }

    /// <summary>What new customers of each K-Means cluster are shown first.</summary>
    public GroupPopularity Clusters { get; }

    public CustomerSegment? Customer(string id) => customers.GetValueOrDefault(id);

    public Product? Product(string id) => products.GetValueOrDefault(id);

    /// <summary>The customer's list, ranked once per distinct query and then served from the cache.</summary>
    public RecommendationList Recommend(RecommendationQuery query) => cache.GetOrAdd(query, this, static (q, self) => self.Rank(q));

    private RecommendationList Rank(RecommendationQuery query)
    {
        var options = new RecommendOptions { Top = query.Top, ExcludePurchased = query.ExcludePurchased, Strategy = query.Strategy };
        var ranked = Recommender.Recommend(query.CustomerId, options);
        return new RecommendationList(query.CustomerId, Info.Version, query.Strategy,
            [.. ranked.Select(r => new RecommendedProduct(r.ProductId, r.Name, r.Score, query.Explain ? r.Reason : null))]);
    }
}
