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

    /// <summary>
    /// <see cref="Select(ReadOnlySpan{float}, ReadOnlySpan{int}, Span{int})"/> over the scores <paramref name="blend"/> +
    /// <paramref name="delta"/> × <paramref name="change"/>, computed as it goes rather than written out first, and looking only
    /// at products scoring at least <paramref name="floor"/>: a lower bound on the k-th best score (say, the worst of k products
    /// that are not excluded) skips most of the products in whole SIMD blocks from the start.
    /// </summary>
    /// <param name="blend">The base scores.</param>
    /// <param name="change">The scores added, times <paramref name="delta"/>.</param>
    /// <param name="delta">The weight of <paramref name="change"/>.</param>
    /// <param name="floor">A score the k-th best reaches (float.NegativeInfinity when none is known).</param>
    /// <param name="excludedSorted">Products never selected, ascending.</param>
    /// <param name="destination">Receives the best indices, best first; its length is k.</param>
    /// <param name="scratch">As long as the scores: receives the score of each product offered to the list.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SelectBlend(ReadOnlySpan<float> blend, ReadOnlySpan<float> change, float delta, float floor,
        ReadOnlySpan<int> excludedSorted, Span<int> destination, Span<float> scratch)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(change.Length, blend.Length, nameof(change));
        ArgumentOutOfRangeException.ThrowIfLessThan(scratch.Length, blend.Length, nameof(scratch));
        if (destination.IsEmpty)
        {
            return 0;
        }
        var selector = new Selector(scratch, destination);
        var next = 0;
        var i = 0;
        var width = Vector<float>.Count;
        var factor = new Vector<float>(delta);
        for (; i + width <= blend.Length; i += width)
        {
            var block = new Vector<float>(blend[i..]) + new Vector<float>(change[i..]) * factor;
            // Kept products all score at least the floor, so once the list is full its threshold is the higher bar.
            if (selector.Full
                ? !Vector.GreaterThanAny(block, new Vector<float>(selector.Threshold))
                : !Vector.GreaterThanOrEqualAny(block, new Vector<float>(floor)))
            {
                continue;
            }
            for (var lane = 0; lane < width; lane++)
            {
                OfferAtLeast(ref selector, i + lane, block[lane], floor, excludedSorted, ref next, scratch);
            }
        }
        for (; i < blend.Length; i++)
        {
            OfferAtLeast(ref selector, i, blend[i] + change[i] * delta, floor, excludedSorted, ref next, scratch);
        }
        return selector.Count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void OfferAtLeast(ref Selector selector, int index, float score, float floor, ReadOnlySpan<int> excludedSorted, ref int next, Span<float> scratch)
    {
        if (!(score >= floor))
        {
            return;
        }
        while (next < excludedSorted.Length && excludedSorted[next] < index)
        {
            next++;
        }
        if (next < excludedSorted.Length && excludedSorted[next] == index)
        {
            return;
        }
        scratch[index] = score;
        selector.Offer(index);
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
