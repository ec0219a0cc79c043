namespace ShopperSpectrum.Recommendation;

/// <summary>How much one past purchase counts in a customer's profile: optionally decayed by recency and strengthened by repeats.</summary>
internal sealed class HistoryWeights
{
    private readonly double decayPerDay;
    private readonly bool repeats;

    private HistoryWeights(double decayPerDay, bool repeats)
    {
        this.decayPerDay = decayPerDay;
        this.repeats = repeats;
    }

    /// <summary>Weights halving every <paramref name="halfLifeDays"/> (none when null), times 1 + ln(1 + orders) when <paramref name="repeatStrength"/>.</summary>
    public static HistoryWeights From(double? halfLifeDays, bool repeatStrength) =>
        new(halfLifeDays is { } h ? Math.Log(2) / h : 0, repeatStrength);

    /// <summary>Writes the settings exactly, so a loaded model weighs purchases bit for bit as the fitted one.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(decayPerDay);
        writer.Write(repeats);
    }

    /// <summary>Reads settings written by <see cref="Write"/>.</summary>
    public static HistoryWeights Read(BinaryReader reader) => new(reader.ReadDouble(), reader.ReadBoolean());

    /// <summary>The weight of a purchase made in <paramref name="orders"/> orders, the last <paramref name="days"/> days ago.</summary>
    public float Weight(float orders, float days)
    {
        var weight = decayPerDay == 0 ? 1 : Math.Exp(-decayPerDay * days);
        return (float)(repeats ? weight * (1 + Math.Log(1 + orders)) : weight);
    }
}
