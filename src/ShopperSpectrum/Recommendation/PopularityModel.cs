using System.Globalization;

namespace ShopperSpectrum.Recommendation;

/// <summary>Distinct buyers per product, the same list for every customer.</summary>
internal sealed class PopularityModel(string name, float[] buyers) : IRecommenderModel
{
    public string Name => name;

    public void Score(int customer, Span<float> scores) => buyers.CopyTo(scores);

    public string Explain(int customer, int product) =>
        string.Format(CultureInfo.InvariantCulture, "bought by {0:N0} customers", buyers[product]);
}
