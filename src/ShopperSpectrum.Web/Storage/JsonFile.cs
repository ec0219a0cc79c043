using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ShopperSpectrum.Web.Storage;

/// <summary>Small JSON files written atomically: a reader sees the old content or the new, never half of it.</summary>
internal static class JsonFile
{
    public static void Write<T>(string path, T value, JsonTypeInfo<T> type)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, value, type);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static T Read<T>(string path, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), type) ?? throw new JsonException($"{path} holds null.");
}
