using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>Distinct buyers per product, the same list for every customer.</summary>
/// <param name="name">The strategy's name.</param>
/// <param name="buyers">Distinct buyers per product.</param>
/// <param name="period">Where the buyers were counted, for reasons: empty for all time, or " in the last 7 days".</param>
internal sealed class PopularityModel(string name, float[] buyers, string period) : IPersistentModel
{
    public const string PersistedKind = "popularity";

    public string Name => name;

    public string Kind => PersistedKind;

    public void Score(int customer, Span<float> scores) => buyers.CopyTo(scores);

    public void Write(BinaryWriter writer)
    {
        writer.Write(name);
        writer.WriteArray<float>(buyers);
        writer.Write(period);
    }

    public static PopularityModel Read(BinaryReader reader) => new(reader.ReadString(), reader.ReadArray<float>(), reader.ReadString());

    public string Explain(int customer, int product) =>
        string.Format(CultureInfo.InvariantCulture, "bought by {0:N0} {1}{2}", buyers[product], buyers[product] == 1 ? "customer" : "customers", period);
}
