namespace ShopperSpectrum.Segmentation;

/// <summary>The quintile bounds fitted on a shop's customers, which score any customer, known or new.</summary>
/// <param name="Recency">Largest recency in each of the bins 1–4 (by ascending recency).</param>
/// <param name="Frequency">Largest frequency in each of the bins 1–4.</param>
/// <param name="Monetary">Largest monetary value in each of the bins 1–4.</param>
public sealed record RfmScoreBounds(double[] Recency, double[] Frequency, double[] Monetary)
{
    /// <summary>Scores a customer's R, F, M against the fitted bounds (recency reversed: fewer days scores higher).</summary>
    public RfmScores Score(double recency, double frequency, double monetary) => new(
        6 - Quintiles.Bin(recency, Recency),
        Quintiles.Bin(frequency, Frequency),
        Quintiles.Bin(monetary, Monetary));
}
