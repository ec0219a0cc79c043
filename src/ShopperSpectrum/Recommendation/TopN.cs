using System.Numerics;
using System.Numerics.Tensors;
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
        var (next, i, width) = (0, 0, Vector<float>.Count);
        for (; i < scores.Length && !selector.Full; i++)
        {
            if (!Excluded(i, excludedSorted, ref next))
            {
                selector.Offer(i);
            }
        }
        // Once the list is full, only a score over the worst kept one can enter, and eight are compared with it at once: a
        // block with none is skipped, and of the others only the lanes over it are offered. A bought product scored over it
        // (common: the products a customer bought score high) costs one lookup, not eight offers, in every such block.
        for (; i + width <= scores.Length; i += width)
        {
            var above = Vector.GreaterThan(new Vector<float>(scores[i..]), new Vector<float>(selector.Threshold));
            if (above == Vector<int>.Zero)
            {
                continue;
            }
            for (var lane = 0; lane < width; lane++)
            {
                if (above[lane] != 0 && !Excluded(i + lane, excludedSorted, ref next))
                {
                    selector.Offer(i + lane);
                }
            }
        }
        for (; i < scores.Length; i++)
        {
            if (!Excluded(i, excludedSorted, ref next))
            {
                selector.Offer(i);
            }
        }
        return selector.Count;
    }

    /// <summary>
    /// Writes to <paramref name="destination"/>, ascending, the products not in <paramref name="excludedSorted"/> whose score
    /// <paramref name="blend"/> + δ × <paramref name="change"/> reaches <c>low.Floor</c> at δ = <c>low.Delta</c> or
    /// <c>high.Floor</c> at δ = <c>high.Delta</c>; returns how many were written. Eight products are judged at once.
    /// </summary>
    /// <param name="blend">The base scores.</param>
    /// <param name="change">The scores added, times δ.</param>
    /// <param name="low">One δ and the score a product must reach there.</param>
    /// <param name="high">Another δ and the score a product must reach there.</param>
    /// <param name="excludedSorted">Products never written, ascending.</param>
    /// <param name="destination">At least as long as the scores.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Reaching(ReadOnlySpan<float> blend, ReadOnlySpan<float> change, (float Delta, float Floor) low, (float Delta, float Floor) high,
        ReadOnlySpan<int> excludedSorted, Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(change.Length, blend.Length, nameof(change));
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, blend.Length, nameof(destination));
        var (count, next, i) = (0, 0, 0);
        var width = Vector<float>.Count;
        var (lowDelta, lowFloor) = (new Vector<float>(low.Delta), new Vector<float>(low.Floor));
        var (highDelta, highFloor) = (new Vector<float>(high.Delta), new Vector<float>(high.Floor));
        for (; i + width <= blend.Length; i += width)
        {
            var (scores, changes) = (new Vector<float>(blend[i..]), new Vector<float>(change[i..]));
            var reached = Vector.GreaterThanOrEqual(scores + changes * lowDelta, lowFloor) | Vector.GreaterThanOrEqual(scores + changes * highDelta, highFloor);
            if (reached == Vector<int>.Zero)
            {
                continue;
            }
            for (var lane = 0; lane < width; lane++)
            {
                if (reached[lane] != 0 && !Excluded(i + lane, excludedSorted, ref next))
                {
                    destination[count++] = i + lane;
                }
            }
        }
        for (; i < blend.Length; i++)
        {
            if (Reaches(blend[i], change[i], low, high) && !Excluded(i, excludedSorted, ref next))
            {
                destination[count++] = i;
            }
        }
        return count;
    }

    /// <summary>True when <paramref name="score"/> + δ × <paramref name="change"/> reaches the floor at either δ, in the
    /// same float arithmetic as <see cref="Reaching"/>'s vectors (products, then sums, unfused).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Reaches(float score, float change, (float Delta, float Floor) low, (float Delta, float Floor) high) =>
        score + change * low.Delta >= low.Floor || score + change * high.Delta >= high.Floor;

    /// <summary>
    /// The place each of <paramref name="targets"/> would take (0 = first) in the list <see cref="Select(ReadOnlySpan{float}, ReadOnlySpan{int}, Span{int})"/>
    /// makes of <paramref name="candidates"/> by the scores blend + <paramref name="delta"/> × change: how many candidates
    /// score higher, or the same with a lower index; <see cref="int.MaxValue"/> for a target scored NaN, which no list holds.
    /// Eight candidates are scored and compared at once.
    /// </summary>
    /// <param name="candidates">The products ranked, ascending.</param>
    /// <param name="blends">Each candidate's base score.</param>
    /// <param name="changes">Each candidate's score added, times <paramref name="delta"/>.</param>
    /// <param name="delta">The weight of the changes.</param>
    /// <param name="targets">The products whose places are wanted: some of the candidates, ascending.</param>
    /// <param name="places">Receives each target's place.</param>
    /// <param name="scratch">At least as long as <paramref name="candidates"/>: receives their scores.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PlacesAmong(ReadOnlySpan<int> candidates, ReadOnlySpan<float> blends, ReadOnlySpan<float> changes, float delta,
        ReadOnlySpan<int> targets, Span<int> places, Span<float> scratch)
    {
        var scores = scratch[..candidates.Length];
        // change × δ + blend, product then sum as Reaching's vectors and Select's scores: the same floats.
        TensorPrimitives.MultiplyAdd(changes[..candidates.Length], delta, blends[..candidates.Length], scores);
        var at = 0;
        for (var t = 0; t < targets.Length; t++)
        {
            while (candidates[at] != targets[t])
            {
                at++;
            }
            var score = scores[at];
            places[t] = float.IsNaN(score) ? int.MaxValue : Count<Above>(scores, score) + Count<Equal>(scores[..at], score);
        }
    }

    /// <summary>How many of <paramref name="scores"/> stand in <typeparamref name="TRelation"/> to <paramref name="bar"/>, eight compared at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Count<TRelation>(ReadOnlySpan<float> scores, float bar)
        where TRelation : IRelation
    {
        var (i, width, bars, found) = (0, Vector<float>.Count, new Vector<float>(bar), Vector<int>.Zero);
        for (; i + width <= scores.Length; i += width)
        {
            // A lane that holds is all ones, −1 as an integer.
            found -= TRelation.Holds(new Vector<float>(scores[i..]), bars);
        }
        var count = Vector.Sum(found);
        for (; i < scores.Length; i++)
        {
            count += TRelation.Holds(scores[i], bar) ? 1 : 0;
        }
        return count;
    }

    /// <summary>A comparison of scores, lane by lane or one by one.</summary>
    private interface IRelation
    {
        static abstract Vector<int> Holds(Vector<float> left, Vector<float> right);

        static abstract bool Holds(float left, float right);
    }

    private readonly struct Above : IRelation
    {
        public static Vector<int> Holds(Vector<float> left, Vector<float> right) => Vector.GreaterThan(left, right);

        public static bool Holds(float left, float right) => left > right;
    }

    private readonly struct Equal : IRelation
    {
        public static Vector<int> Holds(Vector<float> left, Vector<float> right) => Vector.Equals(left, right);

        public static bool Holds(float left, float right) => left == right;
    }

    /// <summary>True when <paramref name="index"/> is in <paramref name="excludedSorted"/>, for indices asked in ascending order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Excluded(int index, ReadOnlySpan<int> excludedSorted, ref int next)
    {
        while (next < excludedSorted.Length && excludedSorted[next] < index)
        {
            next++;
        }
        return next < excludedSorted.Length && excludedSorted[next] == index;
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
