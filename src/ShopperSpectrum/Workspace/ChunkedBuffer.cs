namespace ShopperSpectrum.Workspace;

/// <summary>
/// An append-only buffer of fixed-size blocks: growing it never copies what it holds (a list doubling its array holds up to
/// three times the data for a moment), and <see cref="ToArray"/> copies it once into an array of exactly its length.
/// </summary>
internal sealed class ChunkedBuffer<T>
    where T : struct
{
    private const int BlockLength = 1 << 20;
    private readonly List<T[]> blocks = [];
    private int used = BlockLength;

    public long Count { get; private set; }

    public void Add(T value)
    {
        if (used == BlockLength)
        {
            blocks.Add(new T[BlockLength]);
            used = 0;
        }
        blocks[^1][used++] = value;
        Count++;
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var length = b == blocks.Count - 1 ? used : BlockLength;
            blocks[b].AsSpan(0, length).CopyTo(array.AsSpan(b * BlockLength));
        }
        return array;
    }
}
