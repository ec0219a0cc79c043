namespace ShopperSpectrum.Synthetic;

/// <summary>
/// A fixed-size ring of earlier customer lines that cancellations copy from, so a cancellation always reverses a
/// real earlier purchase of the same customer while memory stays constant.
/// </summary>
internal sealed class RecentLines
{
    private const int Capacity = 4096;
    private readonly OrderLine[] lines = new OrderLine[Capacity];
    private int next;

    public int Count { get; private set; }

    public void Add(in OrderLine line)
    {
        lines[next] = line;
        next = (next + 1) % Capacity;
        Count = Math.Min(Count + 1, Capacity);
    }

    /// <summary>The position of a random stored line.</summary>
    public int RandomIndex(Rng rng) => rng.Next(Count);

    /// <summary>The line at a position, or the following line when <paramref name="offset"/> is 1.</summary>
    public ref readonly OrderLine At(int index, int offset) => ref lines[(index + offset) % Count];
}
