using System.Collections.Concurrent;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>The segments page's data: its charts (built once per model version) and the customers table, filtered, sorted and paged on the server.</summary>
internal sealed class SegmentQueries
{
    private readonly ConcurrentDictionary<int, Lazy<SegmentsView>> cache = new();

    public SegmentsView For(ServedModel model) =>
        cache.GetOrAdd(model.Info.Version, _ => new Lazy<SegmentsView>(() => SegmentCharts.Build(model.Info.Version, model.Analysis))).Value;

    /// <summary>One page of the customers in <paramref name="segment"/> (all when null), sorted by <paramref name="sort"/>.</summary>
    public static CustomerPage Customers(ServedModel model, string? segment, CustomerSort sort, bool descending, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var members = model.Analysis.Customers.Where(c => segment is null || c.Placement.Segment == segment);
        var sorted = (sort, descending) switch
        {
            (CustomerSort.Recency, false) => members.OrderBy(c => c.Rfm.Recency),
            (CustomerSort.Recency, true) => members.OrderByDescending(c => c.Rfm.Recency),
            (CustomerSort.Frequency, false) => members.OrderBy(c => c.Rfm.Frequency),
            (CustomerSort.Frequency, true) => members.OrderByDescending(c => c.Rfm.Frequency),
            (CustomerSort.Monetary, false) => members.OrderBy(c => c.Rfm.Monetary),
            (CustomerSort.Monetary, true) => members.OrderByDescending(c => c.Rfm.Monetary),
            (_, false) => members.OrderBy(c => c.Rfm.CustomerId, StringComparer.Ordinal),
            (_, true) => members.OrderByDescending(c => c.Rfm.CustomerId, StringComparer.Ordinal),
        };
        var all = sorted.ThenBy(c => c.Rfm.CustomerId, StringComparer.Ordinal).ToList();
        var rows = all.Skip(page * pageSize).Take(pageSize)
            .Select(c => new CustomerRow(c.Rfm.CustomerId, c.Rfm.Recency, c.Rfm.Frequency, c.Rfm.Monetary, c.Placement.Scores.ToString(),
                c.Placement.Segment, c.Placement.Cluster, c.Placement.ClusterLabel))
            .ToList();
        return new CustomerPage(rows, all.Count);
    }
}
