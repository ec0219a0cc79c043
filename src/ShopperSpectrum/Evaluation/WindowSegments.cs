using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Evaluation;

/// <summary>K-Means RFM segments computed from one time window only, aligned with that window's interaction rows.</summary>
public static class WindowSegments
{
    /// <summary>The number of segments: the seeds' choice of k.</summary>
    public const int Clusters = 4;

    /// <summary>The segments computed for each data set and k in this process: the evaluation's breakdown and user-kNN share one fit.</summary>
    private static readonly ConditionalWeakTable<InteractionData, ConcurrentDictionary<int, Lazy<CustomerSegments>>> Computed = [];

    /// <summary>Segments the customers of <paramref name="data"/> by their RFM before <see cref="InteractionData.AsOf"/> (k = <see cref="Clusters"/>).</summary>
    public static CustomerSegments Of(SpectrumWorkspace workspace, InteractionData data, int clusters = Clusters) =>
        Computed.GetOrCreateValue(data).GetOrAdd(clusters, k => new Lazy<CustomerSegments>(() => Compute(workspace, data, k))).Value;

    private static CustomerSegments Compute(SpectrumWorkspace workspace, InteractionData data, int clusters)
    {
        if (data.CustomerCount < 3)
        {
            // Too few customers to cluster: they form one segment.
            return new CustomerSegments(new int[data.CustomerCount], ["All Customers"]);
        }
        var rfm = workspace.ComputeRfm(data.AsOf);
        var fitted = Segmenter.Fit(rfm, new SegmenterOptions { Clusters = clusters, MinClusters = clusters, MaxClusters = clusters });
        var clusterOf = fitted.Customers.ToDictionary(c => c.Rfm.CustomerId, c => c.Placement.Cluster, StringComparer.Ordinal);
        return new CustomerSegments([.. data.CustomerIds.Select(id => clusterOf[id])], fitted.Model.ClusterLabels);
    }
}
