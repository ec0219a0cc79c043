using System.Security.Cryptography;
using System.Text;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Models;

/// <summary>
/// Saves and loads the shop-facing recommender as <c>recommender.bin</c> in a model directory: a header (magic, schema version,
/// creation time, data fingerprint, blend), the interaction data, each part model's fitted state, the customers' ranked shortlists,
/// and a SHA-256 of all of it.
/// </summary>
public static class RecommenderStore
{
    /// <summary>The artifact's file name inside a model directory.</summary>
    public const string FileName = "recommender.bin";

    /// <summary>The layout version this build writes and reads; any change to the layout raises it.</summary>
    public const int CurrentSchemaVersion = 3;

    private const int HashLength = 32;
    private static readonly byte[] Magic = "SPECTREC"u8.ToArray();

    /// <summary>Writes the recommender atomically: readers see the old file or the new one, never half of one.</summary>
    /// <exception cref="ArgumentException">A part of the model cannot be saved.</exception>
    public static void Save(ShopRecommender recommender, string directory)
    {
        ArgumentNullException.ThrowIfNull(recommender);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
                {
                    RecommenderFormat.Write(writer, Magic, CurrentSchemaVersion, recommender);
                }
                file.Position = 0;
                var hash = SHA256.HashData(file);
                file.Write(hash);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads the recommender without refitting anything, rejecting a missing, damaged or other-version file with a message that says what to do.</summary>
    /// <exception cref="ModelException">The file is missing, not a recommender, from another schema version, truncated or damaged.</exception>
    public static ShopRecommender Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName);
        var rebuild = $"run `spectrum train FILE --out {directory}` again to rebuild it.";
        if (!File.Exists(path))
        {
            throw new ModelException($"No recommender in {directory}: run `spectrum train FILE --out {directory}` first.");
        }
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new ModelException($"{path} is not a Shopper Spectrum recommender; {rebuild}");
        }
        if (bytes.Length < Magic.Length + sizeof(int) + HashLength)
        {
            throw new ModelException($"The recommender in {path} is truncated; {rebuild}");
        }
        var version = BitConverter.ToInt32(bytes, Magic.Length);
        if (version != CurrentSchemaVersion)
        {
            throw new ModelException($"The recommender in {path} has schema version {version}, this spectrum reads version {CurrentSchemaVersion}; {rebuild}");
        }
        var body = bytes.AsSpan(0, bytes.Length - HashLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            throw new ModelException($"The recommender in {path} is damaged or truncated; {rebuild}");
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length + sizeof(int), body.Length - Magic.Length - sizeof(int), writable: false), Encoding.UTF8);
            var recommender = RecommenderFormat.Read(reader);
            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw new InvalidDataException("Unread bytes after the model.");
            }
            return recommender;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new ModelException($"The recommender in {path} is damaged ({e.Message.Split('\n')[0].TrimEnd('.')}); {rebuild}");
        }
    }
}
