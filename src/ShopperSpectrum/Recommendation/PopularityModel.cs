using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>Distinct buyers per product, the same list for every customer.</summary>
internal sealed class PopularityModel(string name, float[] buyers) : IPersistentModel
{
    public const string PersistedKind = "popularity";

    public string Name => name;

    public string Kind => PersistedKind;

    public void Score(int customer, Span<float> scores) => buyers.CopyTo(scores);

    public void Write(BinaryWriter writer)
    {
        writer.Write(name);
        writer.WriteArray<float>(buyers);
    }

    public static PopularityModel Read(BinaryReader reader) => new(reader.ReadString(), reader.ReadArray<float>());

    public string Explain(int customer, int product) =>
        string.Format(CultureInfo.InvariantCulture, "bought by {0:N0} customers", buyers[product]);
}
