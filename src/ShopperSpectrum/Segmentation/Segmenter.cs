namespace ShopperSpectrum.Segmentation;

/// <summary>Scores customers by RFM quintiles, names their segments, and clusters them with K-Means on log1p + z-scored R, F, M.</summary>
public static class Segmenter
{
    /// <summary>Fits the segmentation on a shop's RFM table.</summary>
    public static SegmentationResult Fit(RfmTable rfm, SegmenterOptions? options = null)
    {
        options ??= new SegmenterOptions();
        var customers = rfm.Customers;

        var bounds = FitScoreBounds(customers, out var scores);
        var raw = rfm.ToMatrix();
        var scaler = FeatureScaler.Fit(raw, 3);
        var features = scaler.Transform(raw, 3);

        if (customers.Count < 3)
        {
            throw new ArgumentException($"Only {customers.Count} customer(s) bought anything: clustering needs at least 3. Analyse a file with more customers.");
        }
        // K-Means with k clusters needs at least k + 1 customers for a silhouette: small shops get fewer clusters.
        var maxK = Math.Min(Math.Max(options.MaxClusters, options.Clusters ?? 0), customers.Count - 1);
        var minK = Math.Min(options.MinClusters, maxK);
        var search = ClusterSearch.Run(features, 3, minK, maxK, options.KMeans, options.MaxExactSilhouette);
        var k = Math.Min(options.Clusters ?? search.BestSilhouetteK, maxK);
        var chosen = search.Candidates.Single(c => c.K == k).Fit;

        var totalRevenue = customers.Sum(c => c.Monetary);
        var profiles = Enumerable.Range(0, k).Select(cluster => Profile(cluster, customers, chosen.Labels)).ToList();
        var labels = ClusterLabeler.Label(profiles);
        var model = new SegmentationModel(SegmentationModel.CurrentSchemaVersion, rfm.AsOf, customers.Count, bounds,
            options.SegmentMap, scaler, chosen.Model, labels);

        var placed = customers.Select((c, i) => new CustomerSegment(c, new CustomerPlacement(
            scores[i], options.SegmentMap.Segment(scores[i]), chosen.Labels[i], labels[chosen.Labels[i]]))).ToList();
        var clusters = profiles.Select(p => new ClusterSummary(p.Cluster, labels[p.Cluster], p.Size,
            Share(placed.Where(c => c.Placement.Cluster == p.Cluster).Sum(c => c.Rfm.Monetary), totalRevenue),
            p.Recency, p.Frequency, p.Monetary)).ToList();
        return new SegmentationResult(model, placed, Summarise(placed, options.SegmentMap, totalRevenue), search, clusters);
    }

    private static RfmScoreBounds FitScoreBounds(IReadOnlyList<CustomerRfm> customers, out RfmScores[] scores)
    {
        double[] recency = [.. customers.Select(c => (double)c.Recency)];
        double[] frequency = [.. customers.Select(c => (double)c.Frequency)];
        double[] monetary = [.. customers.Select(c => c.Monetary)];
        var r = Quintiles.Bins(recency);
        var f = Quintiles.Bins(frequency);
        var m = Quintiles.Bins(monetary);
        scores = [.. customers.Select((_, i) => new RfmScores(6 - r[i], f[i], m[i]))];
        return new RfmScoreBounds(Quintiles.UpperValues(recency, r), Quintiles.UpperValues(frequency, f), Quintiles.UpperValues(monetary, m));
    }

    private static ClusterProfile Profile(int cluster, IReadOnlyList<CustomerRfm> customers, int[] labels)
    {
        var members = customers.Where((_, i) => labels[i] == cluster).ToList();
        return members.Count == 0
            ? new ClusterProfile(cluster, 0, 0, 0, 0)
            : new ClusterProfile(cluster, members.Count, members.Average(c => c.Recency), members.Average(c => c.Frequency), members.Average(c => c.Monetary));
    }

    private static List<SegmentSummary> Summarise(List<CustomerSegment> placed, RfmSegmentMap map, double totalRevenue)
    {
        var order = map.Segments.ToList();
        return [.. placed.GroupBy(c => c.Placement.Segment)
            .Select(g => new SegmentSummary(g.Key, g.Count(), g.Sum(c => c.Rfm.Monetary), Share(g.Sum(c => c.Rfm.Monetary), totalRevenue),
                g.Average(c => c.Rfm.Recency), g.Average(c => c.Rfm.Frequency), g.Average(c => c.Rfm.Monetary)))
            .OrderBy(s => order.IndexOf(s.Name))];
    }

    private static double Share(double part, double total) => total == 0 ? 0 : part / total;
}
