using System.Numerics;
using System.Runtime.Intrinsics;

namespace ShopperSpectrum.Numerics;

/// <summary>
/// Rows [row, row + Count) of a row-major matrix over its columns [From, To), stored column by column in strips of
/// <see cref="Width"/> rows (the last strip padded with zeros): a product reads one column of a strip as three vectors.
/// </summary>
/// <remarks>Packing costs one move per value; a product with r rows spends r/16 FMAs per value, so a packing that many
/// products share (a Cholesky step's column block, read by every row block below it) costs next to nothing.</remarks>
internal readonly struct PackedRows<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private PackedRows(T[] values, int count, int from, int to) => (Values, Count, From, To) = (values, count, from, to);

    /// <summary>Rows per strip: three 512-bit vectors (48 floats, 24 doubles).</summary>
    public static int Width => 3 * Vector512<T>.Count;

    /// <summary>Strip after strip, each <see cref="Depth"/> columns of <see cref="Width"/> values.</summary>
    public T[] Values { get; }

    /// <summary>The number of rows packed.</summary>
    public int Count { get; }

    /// <summary>The first column packed.</summary>
    public int From { get; }

    /// <summary>The column after the last one packed.</summary>
    public int To { get; }

    /// <summary>The number of columns packed.</summary>
    public int Depth => To - From;

    /// <summary>The values <see cref="Pack"/> needs room for: whole strips of <paramref name="count"/> rows by <paramref name="depth"/> columns.</summary>
    public static int Size(int count, int depth) => (count + Width - 1) / Width * Width * depth;

    /// <summary>Packs rows [<paramref name="row"/>, <paramref name="row"/> + <paramref name="count"/>) of <paramref name="matrix"/>
    /// (<paramref name="stride"/> columns) over columns [<paramref name="from"/>, <paramref name="to"/>), into
    /// <paramref name="buffer"/> when given (at least <see cref="Size"/> values), else into a new array.</summary>
    public static PackedRows<T> Pack(T[] matrix, int row, int count, int stride, int from, int to, T[]? buffer = null)
    {
        var (depth, width) = (to - from, Width);
        var values = buffer ?? new T[Size(count, depth)];
        for (var strip = 0; strip * width < count; strip++)
        {
            var target = values.AsSpan(strip * width * depth, width * depth);
            for (var r = 0; r < width; r++)
            {
                var source = strip * width + r < count
                    ? matrix.AsSpan((int)((long)(row + (strip * width) + r) * stride + from), depth)
                    : default;
                for (var p = 0; p < depth; p++)
                {
                    target[p * width + r] = source.IsEmpty ? T.Zero : source[p];
                }
            }
        }
        return new PackedRows<T>(values, count, from, to);
    }

    /// <summary>Packs the columns of the row-major <paramref name="matrix"/> (its length / <paramref name="count"/> rows by
    /// <paramref name="count"/> columns) as rows over columns [<paramref name="from"/>, from + its rows): a product with them
    /// multiplies by the matrix itself.</summary>
    public static PackedRows<T> PackColumns(ReadOnlySpan<T> matrix, int count, int from)
    {
        var (depth, width) = (matrix.Length / count, Width);
        var values = new T[Size(count, depth)];
        for (var strip = 0; strip * width < count; strip++)
        {
            var columns = Math.Min(width, count - (strip * width));
            for (var p = 0; p < depth; p++)
            {
                matrix.Slice((p * count) + (strip * width), columns).CopyTo(values.AsSpan(((strip * depth) + p) * width));
            }
        }
        return new PackedRows<T>(values, count, from, from + depth);
    }
}
