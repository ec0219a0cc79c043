using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Models;

/// <summary>The layout of <c>recommender.bin</c> after the magic bytes and the schema version; <see cref="RecommenderStore"/> adds those and the checksum.</summary>
internal static class RecommenderFormat
{
    public static void Write(BinaryWriter writer, ReadOnlySpan<byte> magic, int schemaVersion, ShopRecommender recommender)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Recommender artifacts are written on little-endian machines only.");
        }
        writer.Write(magic);
        writer.Write(schemaVersion);
        var manifest = recommender.Manifest;
        writer.Write(manifest.CreatedUtc.ToUniversalTime().Ticks);
        writer.Write(manifest.DataFingerprint);
        writer.Write(manifest.Blend.Count);
        foreach (var (strategy, weight) in manifest.Blend)
        {
            writer.Write(strategy);
            writer.Write(weight);
        }
        WriteData(writer, recommender.Data);
        PersistentModels.Write(writer, recommender.Model);
        writer.Write(recommender.Shortlists is not null);
        recommender.Shortlists?.Write(writer);
    }

    /// <summary>Reads what follows the schema version.</summary>
    public static ShopRecommender Read(BinaryReader reader)
    {
        var created = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        var fingerprint = reader.ReadString();
        var blend = new BlendWeight[reader.ReadInt32()];
        for (var i = 0; i < blend.Length; i++)
        {
            blend[i] = new BlendWeight(reader.ReadString(), reader.ReadDouble());
        }
        var data = ReadData(reader);
        var model = PersistentModels.Read(reader, data);
        var shortlists = reader.ReadBoolean() ? Shortlists.Read(reader, data, model) : null;
        return new ShopRecommender(data, model, new RecommenderManifest(created, fingerprint, blend), shortlists);
    }

    private static void WriteData(BinaryWriter writer, InteractionData data)
    {
        writer.Write(data.CustomerCount);
        foreach (var id in data.CustomerIds)
        {
            writer.Write(id);
        }
        writer.Write(data.ProductCount);
        foreach (var product in data.Products)
        {
            writer.WriteProduct(product);
        }
        writer.WriteMatrix(data.Orders);
        writer.WriteMatrix(data.Quantities);
        writer.WriteMatrix(data.DaysSinceLast);
        writer.Write(data.AsOf.Ticks);
        writer.Write((int)data.AsOf.Kind);
    }

    private static InteractionData ReadData(BinaryReader reader)
    {
        var customers = new string[Count(reader)];
        for (var i = 0; i < customers.Length; i++)
        {
            customers[i] = reader.ReadString();
        }
        var products = new Product[Count(reader)];
        for (var i = 0; i < products.Length; i++)
        {
            products[i] = reader.ReadProduct();
        }
        var (orders, quantities, days) = (reader.ReadMatrix(), reader.ReadMatrix(), reader.ReadMatrix());
        foreach (var matrix in (InteractionMatrix[])[orders, quantities, days])
        {
            if (matrix.Rows != customers.Length || matrix.Columns != products.Length || matrix.Count != orders.Count)
            {
                throw new InvalidDataException("The interaction matrices do not match the customers and products.");
            }
        }
        var asOf = new DateTime(reader.ReadInt64(), (DateTimeKind)reader.ReadInt32());
        return new InteractionData(customers, products, orders, quantities, days, asOf);
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException("A list runs past the end of the file.");
    }
}
