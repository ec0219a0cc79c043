using System.Runtime.InteropServices;
using ShopperSpectrum.Numerics;

namespace ShopperSpectrum.Recommendation;

/// <summary>Length-prefixed arrays, sparse matrices, graphs and products in little-endian binary, with lengths checked against what is left to read.</summary>
internal static class BinaryState
{
    public static void WriteArray<T>(this BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    public static T[] ReadArray<T>(this BinaryReader reader)
        where T : unmanaged
    {
        var count = reader.ReadInt32();
        var stream = reader.BaseStream;
        if (count < 0 || (long)count * Marshal.SizeOf<T>() > stream.Length - stream.Position)
        {
            throw new InvalidDataException("An array runs past the end of the file.");
        }
        var values = GC.AllocateUninitializedArray<T>(count);
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public static void WriteMatrix(this BinaryWriter writer, InteractionMatrix matrix)
    {
        writer.Write(matrix.Rows);
        writer.Write(matrix.Columns);
        writer.WriteArray(matrix.RowStarts);
        writer.WriteArray(matrix.ColumnIndices);
        writer.WriteArray(matrix.Values);
    }

    public static InteractionMatrix ReadMatrix(this BinaryReader reader)
    {
        var (rows, columns) = (reader.ReadInt32(), reader.ReadInt32());
        return InteractionMatrix.FromCompressedRows(rows, columns, reader.ReadArray<int>(), reader.ReadArray<int>(), reader.ReadArray<float>());
    }

    public static void WriteGraph(this BinaryWriter writer, NeighbourGraph graph)
    {
        writer.WriteArray(graph.Starts);
        writer.WriteArray(graph.Indices);
        writer.WriteArray(graph.AllWeights);
    }

    public static NeighbourGraph ReadGraph(this BinaryReader reader)
    {
        var (starts, indices, weights) = (reader.ReadArray<int>(), reader.ReadArray<int>(), reader.ReadArray<float>());
        if (starts.Length == 0 || indices.Length != weights.Length || starts[^1] != indices.Length)
        {
            throw new InvalidDataException("A neighbour graph is inconsistent.");
        }
        return new NeighbourGraph(starts, indices, weights);
    }

    public static void WriteProduct(this BinaryWriter writer, Product product)
    {
        writer.Write(product.Id);
        writer.Write(product.Name);
        foreach (var attribute in (string?[])[product.Brand, product.ProductLine, product.ProductClass, product.ProductSize, product.ProductType])
        {
            writer.WriteOptional(attribute);
        }
    }

    public static Product ReadProduct(this BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadString(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional());

    private static void WriteOptional(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
