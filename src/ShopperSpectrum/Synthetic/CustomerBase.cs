namespace ShopperSpectrum.Synthetic;

/// <summary>
/// The customers of a generated shop: a type and activity window each, kept as per-type member lists so that an
/// order picks an active customer in O(log n); favourites and country come from a stateless hash of the id.
/// </summary>
internal sealed class CustomerBase
{
    /// <summary>The first customer id, as in the UCI data.</summary>
    public const int FirstId = 12346;

    private readonly int[][] members = new int[CustomerProfile.All.Length][];
    private readonly int[] churnEnds;
    private readonly int[] newStarts;
    private int oneTimeCursor;

    public CustomerBase(int count, int days, Rng rng)
    {
        var typeSampler = new CumulativeSampler([.. CustomerProfile.All.Select(p => p.CustomerShare)]);
        var lists = CustomerProfile.All.Select(_ => new List<int>()).ToArray();
        var churnKeys = new List<long>();
        var newKeys = new List<long>();
        for (var c = 0; c < count; c++)
        {
            var type = (CustomerType)typeSampler.Sample(rng);
            switch (type)
            {
                case CustomerType.Churned:
                    // Stopped buying between 15% and 55% into the period; keys sort by day then index, unambiguously.
                    churnKeys.Add(((long)(days * (0.15 + (0.40 * rng.NextDouble()))) << 32) | (uint)c);
                    break;
                case CustomerType.New:
                    newKeys.Add(((long)(days * (0.60 + (0.32 * rng.NextDouble()))) << 32) | (uint)c);
                    break;
                default:
                    lists[(int)type].Add(c);
                    break;
            }
        }

        var churn = churnKeys.ToArray();
        Array.Sort(churn);
        Array.Reverse(churn);
        var fresh = newKeys.ToArray();
        Array.Sort(fresh);
        churnEnds = [.. churn.Select(k => (int)(k >> 32))];
        newStarts = [.. fresh.Select(k => (int)(k >> 32))];
        lists[(int)CustomerType.Churned].AddRange(churn.Select(k => (int)(k & 0xFFFF_FFFF)));
        lists[(int)CustomerType.New].AddRange(fresh.Select(k => (int)(k & 0xFFFF_FFFF)));
        for (var t = 0; t < lists.Length; t++)
        {
            members[t] = [.. lists[t]];
        }

        Shuffle(members[(int)CustomerType.OneTime], rng);
    }

    public int Count(CustomerType type) => members[(int)type].Length;

    /// <summary>How many customers of the type may buy on the given day.</summary>
    public int ActiveCount(CustomerType type, int day) => type switch
    {
        // churnEnds is descending: the active ones are those whose end lies after the day.
        CustomerType.Churned => CountWhile(churnEnds, e => e > day),
        CustomerType.New => CountWhile(newStarts, s => s <= day),
        _ => members[(int)type].Length,
    };

    /// <summary>
    /// An active customer of the type; one-time customers are taken in turn so each buys exactly once until all
    /// have bought.
    /// </summary>
    public int Pick(CustomerType type, int activeCount, Rng rng)
    {
        var list = members[(int)type];
        if (type == CustomerType.OneTime)
        {
            var customer = list[oneTimeCursor];
            oneTimeCursor = (oneTimeCursor + 1) % list.Length;
            return customer;
        }

        return list[rng.Next(activeCount)];
    }

    private static int CountWhile(int[] sorted, Func<int, bool> active)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (active(sorted[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void Shuffle(int[] values, Rng rng)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
