using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ShopperSpectrum.Recommendation;

/// <summary>Products × products co-purchase counts (XᵀX of the binary customer × product matrix), computed sparsely.</summary>
internal static class CoPurchases
{
    /// <summary>The largest catalogue a dense products × products matrix is built for (20,000² floats is 1.6 GB).</summary>
    public const int MaxDenseProducts = 20_000;

    /// <summary>Refuses catalogues too large for a dense products × products matrix.</summary>
    public static void EnsureDenseFits(int products, string strategy)
    {
        if (products > MaxDenseProducts)
        {
            throw new ArgumentException(
                $"{strategy} keeps a dense products × products matrix and supports at most {MaxDenseProducts:N0} products; this catalogue has {products:N0}. Filter the catalogue (for example to products bought in the last year) first.");
        }
    }

    /// <summary>Row i (length n, row-major n × n) holds how many customers bought both product i and each product; the diagonal holds each product's buyers.</summary>
    /// <remarks>Row i is the sum of the rows of X for product i's buyers: work proportional to Σ buyers × basket size, never n² × customers.</remarks>
    public static float[] Count(InteractionMatrix bought, InteractionMatrix buyers)
    {
        var n = bought.Columns;
        var counts = new float[(long)n * n];
        Parallel.For(0, n, product =>
        {
            var row = counts.AsSpan(product * n, n);
            // Already zero, but written once so that the row's fresh pages are first touched by a write: an increment's read
            // would map the shared zero page, and its write then fault again and flush the other cores' TLBs (item_cosine's
            // fit on online_retail.csv: 0.26 s with, 0.08 s without).
            row.Clear();
            foreach (var customer in buyers.RowIndices(product))
            {
                foreach (var other in bought.RowIndices(customer))
                {
                    row[other]++;
                }
            }
        });
        return counts;
    }

    /// <summary>
    /// As <see cref="Count"/> among the products <paramref name="kept"/> only (ascending), into the first k × k entries of
    /// <paramref name="counts"/> (k = kept.Length): entry [r, c] counts the customers who bought both kept[r] and kept[c].
    /// </summary>
    public static void CountAmong(InteractionMatrix bought, InteractionMatrix buyers, int[] kept, float[] counts)
    {
        var k = kept.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(counts.LongLength, (long)k * k, nameof(counts));
        // Products left out count into an extra column, dropped when the row is copied: no branch in the inner loop.
        var position = new int[bought.Columns];
        Array.Fill(position, k);
        for (var r = 0; r < k; r++)
        {
            position[kept[r]] = r;
        }
        Parallel.For(0, k, () => new float[k + 1], (r, _, row) =>
        {
            Array.Clear(row);
            foreach (var customer in buyers.RowIndices(kept[r]))
            {
                foreach (var other in bought.RowIndices(customer))
                {
                    row[position[other]]++;
                }
            }
            row.AsSpan(0, k).CopyTo(counts.AsSpan(r * k, k));
            return row;
        }, _ => { });
    }

    /// <summary>Sets <paramref name="scores"/> to the sum of the given rows of a row-major matrix with <c>scores.Length</c> columns.</summary>
    public static void SumRows(float[] matrix, ReadOnlySpan<int> rows, Span<float> scores) => SumRows(matrix, rows, [], scores);

    /// <summary>
    /// Sets <paramref name="scores"/> to the sum of the given rows of a row-major matrix with <c>scores.Length</c> columns,
    /// each times its weight in <paramref name="rowWeights"/> (empty: all 1), added in the rows' order.
    /// </summary>
    /// <remarks>
    /// Four rows are added per pass over the sums: a quarter of the loads and stores of the sums, and four rows streamed from
    /// memory at once, where one at a time waited on each. Each sum is still (((s + a·wa) + b·wb) + c·wc) + d·wd, unfused: the
    /// same floats as adding one row per pass. Jitted fully optimised at once: an evaluation's first customers would otherwise
    /// run unoptimised vector code.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SumRows(float[] matrix, ReadOnlySpan<int> rows, ReadOnlySpan<float> rowWeights, Span<float> scores)
    {
        if (!rowWeights.IsEmpty && rowWeights.Length != rows.Length)
        {
            throw new ArgumentException("Give one weight per row, or none.", nameof(rowWeights));
        }
        var n = scores.Length;
        scores.Clear();
        ref var target = ref MemoryMarshal.GetReference(scores);
        var r = 0;
        for (; r + 4 <= rows.Length; r += 4)
        {
            AddFour(ref target, n, ref matrix[rows[r] * n], ref matrix[rows[r + 1] * n], ref matrix[rows[r + 2] * n], ref matrix[rows[r + 3] * n],
                (WeightOf(rowWeights, r), WeightOf(rowWeights, r + 1), WeightOf(rowWeights, r + 2), WeightOf(rowWeights, r + 3)));
        }
        for (; r < rows.Length; r++)
        {
            AddOne(ref target, n, ref matrix[rows[r] * n], WeightOf(rowWeights, r));
        }
    }

    private static float WeightOf(ReadOnlySpan<float> rowWeights, int r) => rowWeights.IsEmpty ? 1 : rowWeights[r];

    /// <summary>target += a·wa over <paramref name="n"/> columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddOne(ref float target, int n, ref float a, float wa)
    {
        var (width, weight, j) = (Vector256<float>.Count, Vector256.Create(wa), 0);
        for (; j + width <= n; j += width)
        {
            (Vector256.LoadUnsafe(ref target, (nuint)j) + Vector256.LoadUnsafe(ref a, (nuint)j) * weight).StoreUnsafe(ref target, (nuint)j);
        }
        for (; j < n; j++)
        {
            Unsafe.Add(ref target, j) += Unsafe.Add(ref a, j) * wa;
        }
    }

    /// <summary>target += a·wa, then b·wb, then c·wc, then d·wd, over <paramref name="n"/> columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddFour(ref float target, int n, ref float a, ref float b, ref float c, ref float d, (float A, float B, float C, float D) w)
    {
        var (wa, wb, wc, wd) = (Vector256.Create(w.A), Vector256.Create(w.B), Vector256.Create(w.C), Vector256.Create(w.D));
        var (width, j) = (Vector256<float>.Count, 0);
        for (; j + width <= n; j += width)
        {
            var sum = Vector256.LoadUnsafe(ref target, (nuint)j) + Vector256.LoadUnsafe(ref a, (nuint)j) * wa;
            sum += Vector256.LoadUnsafe(ref b, (nuint)j) * wb;
            sum += Vector256.LoadUnsafe(ref c, (nuint)j) * wc;
            (sum + Vector256.LoadUnsafe(ref d, (nuint)j) * wd).StoreUnsafe(ref target, (nuint)j);
        }
        for (; j < n; j++)
        {
            Unsafe.Add(ref target, j) = Unsafe.Add(ref target, j) + Unsafe.Add(ref a, j) * w.A + Unsafe.Add(ref b, j) * w.B
                + Unsafe.Add(ref c, j) * w.C + Unsafe.Add(ref d, j) * w.D;
        }
    }

    /// <summary>How many customers bought both products (their sorted buyer lists intersected).</summary>
    public static int Shared(InteractionMatrix buyers, int first, int second)
    {
        var a = buyers.RowIndices(first);
        var b = buyers.RowIndices(second);
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = a[i].CompareTo(b[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return shared;
    }
}
