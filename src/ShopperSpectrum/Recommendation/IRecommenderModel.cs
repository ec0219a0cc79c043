namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted recommendation strategy: scores every product for a known customer, and says why.</summary>
public interface IRecommenderModel
{
    /// <summary>The strategy's short name.</summary>
    string Name { get; }

    /// <summary>Writes a score for every product (higher is better) for the customer at row <paramref name="customer"/>; the caller removes products the rules exclude.</summary>
    void Score(int customer, Span<float> scores);

    /// <summary>A reason a person can read for recommending <paramref name="product"/> to <paramref name="customer"/>.</summary>
    string Explain(int customer, int product);
}
