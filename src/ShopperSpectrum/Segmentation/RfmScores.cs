namespace ShopperSpectrum.Segmentation;

/// <summary>A customer's recency, frequency and monetary scores, each 1–5 (5 = most recent, most frequent, highest spend).</summary>
public readonly record struct RfmScores(int Recency, int Frequency, int Monetary)
{
    /// <summary>The frequency–monetary score: the mean of F and M, halves rounded up.</summary>
    public int FrequencyMonetary => (Frequency + Monetary + 1) / 2;

    /// <summary>The scores as the usual three-digit code, for example "545".</summary>
    public override string ToString() => $"{Recency}{Frequency}{Monetary}";
}
