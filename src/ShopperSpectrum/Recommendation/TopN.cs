using System.Numerics;
using System.Runtime.CompilerServices;

namespace ShopperSpectrum.Recommendation;

/// <summary>Picks the k best-scored products, best first (ties: lower index first), skipping excluded products; allocates nothing.</summary>
public static class TopN
{
    /// <summary>Writes the indices of the best <c>destination.Length</c> products not in <paramref name="excludedSorted"/> (ascending indices, such as a customer's row of bought products) to <paramref name="destination"/>; returns how many were written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Select(ReadOnlySpan<float> scores, ReadOnlySpan<int> excludedSorted, Span<int> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }
        var selector = new Selector(scores, destination);
        var next = 0;
        var i = 0;
        var width = Vector<float>.Count;
        while (i < scores.Length)
        {
            // Once the list is full, a block of scores none of which beats the worst kept one is skipped in one comparison.
            if (selector.Full && i + width <= scores.Length && !Vector.GreaterThanAny(new Vector<float>(scores[i..]), new Vector<float>(selector.Threshold)))
            {
                i += width;
                continue;
            }
            var end = selector.Full ? Math.Min(i + width, scores.Length) : i + 1;
            for (; i < end; i++)
            {
                while (next < excludedSorted.Length && excludedSorted[next] < i)
                {
                    next++;
                }
                if (next < excludedSorted.Length && excludedSorted[next] == i)
                {
                    continue;
                }
                selector.Offer(i);
            }
        }
        return selector.Count;
    }

    /// <summary>Writes the indices of the best <c>destination.Length</c> products whose <paramref name="excluded"/> flag is false to <paramref name="destination"/>; returns how many were written.</summary>
    public static int Select(ReadOnlySpan<float> scores, ReadOnlySpan<bool> excluded, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(excluded.Length, scores.Length, nameof(excluded));
        var selector = new Selector(scores, destination);
        for (var i = 0; i < scores.Length; i++)
        {
            if (!excluded[i])
            {
                selector.Offer(i);
            }
        }
        return selector.Count;
    }

    /// <summary>A sorted list of at most k indices, kept by insertion: for k = 10 cheaper than a heap.</summary>
    private ref struct Selector(ReadOnlySpan<float> scores, Span<int> kept)
    {
        private readonly ReadOnlySpan<float> scores = scores;
        private readonly Span<int> kept = kept;

        public int Count { get; private set; }

        public readonly bool Full => Count == kept.Length;

        public readonly float Threshold => Count == 0 ? float.NegativeInfinity : scores[kept[Count - 1]];

        public void Offer(int index)
        {
            var score = scores[index];
            if (float.IsNaN(score) || kept.Length == 0)
            {
                return;
            }
            // Indices arrive ascending, so an equal score never displaces a kept product: ties stay in index order.
            if (Full && !(score > scores[kept[Count - 1]]))
            {
                return;
            }
            var at = Full ? Count - 1 : Count++;
            while (at > 0 && score > scores[kept[at - 1]])
            {
                kept[at] = kept[at - 1];
                at--;
            }
            kept[at] = index;
        }
    }
}
