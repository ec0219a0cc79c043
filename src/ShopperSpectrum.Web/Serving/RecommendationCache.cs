using System.Collections.Concurrent;

namespace ShopperSpectrum.Web.Serving;

/// <summary>
/// The lists one immutable model version has already ranked: ranking is a pure function of the model and the query, so a
/// repeated query is answered without scoring every product again. Holds at most <c>capacity</c> lists and is dropped with its model.
/// </summary>
internal sealed class RecommendationCache(int capacity)
{
    private readonly ConcurrentDictionary<RecommendationQuery, RecommendationList> lists = new();
    private int count;

    public RecommendationList GetOrAdd<TState>(RecommendationQuery query, TState state, Func<RecommendationQuery, TState, RecommendationList> rank)
    {
        if (lists.TryGetValue(query, out var list))
        {
            return list;
        }
        list = rank(query, state);
        if (Volatile.Read(ref count) < capacity && lists.TryAdd(query, list))
        {
            Interlocked.Increment(ref count);
        }
        return list;
    }
}
