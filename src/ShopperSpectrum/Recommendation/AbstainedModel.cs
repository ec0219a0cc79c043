namespace ShopperSpectrum.Recommendation;

/// <summary>
/// What a strategy returns when the data is too large for it to fit affordably: every product scores 0, so a hybrid's
/// tuning gives it no weight and the blend is made of the other strategies.
/// </summary>
internal sealed class AbstainedModel(string name, string reason) : IPersistentModel
{
    public const string PersistedKind = "abstained";

    public string Name => name;

    public string Kind => PersistedKind;

    /// <summary>Why the strategy did not fit, in one line.</summary>
    public string Reason => reason;

    public void Score(int customer, Span<float> scores) => scores.Clear();

    public string Explain(int customer, int product) => reason;

    public void Write(BinaryWriter writer)
    {
        writer.Write(name);
        writer.Write(reason);
    }

    public static AbstainedModel Read(BinaryReader reader) => new(reader.ReadString(), reader.ReadString());
}
