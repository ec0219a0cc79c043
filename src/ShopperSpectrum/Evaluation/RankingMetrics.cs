namespace ShopperSpectrum.Evaluation;

/// <summary>Top-k ranking metrics for one customer, as EVALUATION.md defines them.</summary>
public static class RankingMetrics
{
    /// <summary>Scores the list <paramref name="recommended"/> (best first; counted as k long even when shorter) against <paramref name="relevantSorted"/> (ascending, non-empty).</summary>
    public static RankingScores Score(ReadOnlySpan<int> recommended, ReadOnlySpan<int> relevantSorted, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfZero(relevantSorted.Length, nameof(relevantSorted));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(recommended.Length, k, nameof(recommended));
        var ideal = Math.Min(relevantSorted.Length, k);
        double hits = 0, dcg = 0, precisionSum = 0, idealDcg = 0;
        for (var i = 0; i < ideal; i++)
        {
            idealDcg += Discount(i);
        }
        for (var i = 0; i < recommended.Length; i++)
        {
            if (relevantSorted.BinarySearch(recommended[i]) >= 0)
            {
                hits++;
                dcg += Discount(i);
                precisionSum += hits / (i + 1);
            }
        }
        return new RankingScores(hits / k, hits / relevantSorted.Length, dcg / idealDcg, hits > 0 ? 1 : 0, precisionSum / ideal);
    }

    /// <summary>
    /// NDCG@k of a list known only by the places (0 = first, in any order) where <paramref name="relevantCount"/> relevant
    /// products stand; places of k or more are off the list. Equal, bit for bit, to <see cref="Score"/>'s NDCG of that list.
    /// </summary>
    /// <param name="places">The relevant products' places; sorted in place.</param>
    /// <param name="relevantCount">How many products are relevant (at least one).</param>
    /// <param name="k">The list length.</param>
    public static double NdcgOfPlaces(Span<int> places, int relevantCount, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(relevantCount, 1);
        double dcg = 0, idealDcg = 0;
        for (var i = 0; i < Math.Min(relevantCount, k); i++)
        {
            idealDcg += Discount(i);
        }
        // Summed best place first, in the order Score walks the list.
        places.Sort();
        foreach (var place in places)
        {
            if (place >= k)
            {
                break;
            }
            dcg += Discount(place);
        }
        return dcg / idealDcg;
    }

    /// <summary>Catalogue coverage: the share of the <paramref name="productCount"/> products that appear in at least one list.</summary>
    public static double Coverage(ReadOnlySpan<int> recommended, int productCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(productCount, 1);
        var seen = new bool[productCount];
        var distinct = 0;
        foreach (var product in recommended)
        {
            if (!seen[product])
            {
                seen[product] = true;
                distinct++;
            }
        }
        return (double)distinct / productCount;
    }

    private static double Discount(int position) => 1.0 / Math.Log2(position + 2);
}
