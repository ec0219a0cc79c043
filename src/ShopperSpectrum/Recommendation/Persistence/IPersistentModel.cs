namespace ShopperSpectrum.Recommendation;

/// <summary>A fitted model that can write its state into a recommender artifact and be read back by <see cref="PersistentModels"/>.</summary>
internal interface IPersistentModel : IRecommenderModel
{
    /// <summary>Which reader of <see cref="PersistentModels"/> reads the state back.</summary>
    string Kind { get; }

    /// <summary>Writes everything the model needs besides the shared interaction data.</summary>
    void Write(BinaryWriter writer);
}
