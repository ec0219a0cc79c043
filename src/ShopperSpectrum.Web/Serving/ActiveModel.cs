using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Serving;

/// <summary>
/// The model version that answers reads: one volatile reference to an immutable <see cref="ServedModel"/>, so a request reads it
/// once and sees one whole version, and a swap is a single write that in-flight requests never see half of.
/// </summary>
internal sealed class ActiveModel(ModelStore store)
{
    private readonly Lock gate = new();
    private volatile ServedModel? current;

    /// <summary>The serving version, or null before the first model is ready.</summary>
    public ServedModel? Current => current;

    /// <summary>Records <paramref name="model"/> as the active version on disk, then serves it.</summary>
    public void Activate(ServedModel model)
    {
        lock (gate)
        {
            store.SetActive(model.Info.Version);
            current = model;
        }
    }
}
