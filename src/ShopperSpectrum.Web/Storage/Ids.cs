using System.Security.Cryptography;

namespace ShopperSpectrum.Web.Storage;

/// <summary>Ids of datasets and runs: a prefix and random hex, and the check that keeps any other text away from the file system.</summary>
internal static class Ids
{
    public static string New(string prefix) => prefix + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    /// <summary>True for ids this host could have made: lower-case letters, digits and dashes, so never a path.</summary>
    public static bool IsWellFormed(string id) =>
        id.Length is > 0 and <= 64 && id.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789-") < 0 && id[0] != '-';
}
