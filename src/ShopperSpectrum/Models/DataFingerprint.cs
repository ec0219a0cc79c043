using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Models;

/// <summary>A short string that identifies interaction data: the same customers, products, purchases and end date give the same fingerprint.</summary>
public static class DataFingerprint
{
    /// <summary>"sha256:" and the first 16 hex digits of a SHA-256 over the ids, the order matrix and <see cref="InteractionData.AsOf"/>.</summary>
    public static string Of(InteractionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var id in data.CustomerIds.Concat(data.Products.Select(p => p.Id)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(id));
            hash.AppendData([0]);
        }
        hash.AppendData(MemoryMarshal.AsBytes(data.Orders.RowStarts));
        hash.AppendData(MemoryMarshal.AsBytes(data.Orders.ColumnIndices));
        hash.AppendData(MemoryMarshal.AsBytes(data.Orders.Values));
        hash.AppendData(BitConverter.GetBytes(data.AsOf.Ticks));
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
