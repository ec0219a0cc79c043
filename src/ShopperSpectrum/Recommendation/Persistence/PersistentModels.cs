namespace ShopperSpectrum.Recommendation;

/// <summary>Writes any persistable model with its kind, and reads it back by kind: loading never refits.</summary>
internal static class PersistentModels
{
    /// <summary>Writes the model's kind and state; throws when the strategy cannot be saved.</summary>
    public static void Write(BinaryWriter writer, IRecommenderModel model)
    {
        if (model is not IPersistentModel persistent)
        {
            throw new ArgumentException($"The {model.Name} strategy cannot be saved as a recommender artifact.", nameof(model));
        }
        writer.Write(persistent.Kind);
        persistent.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Write"/>, over the interaction data read before it.</summary>
    public static IRecommenderModel Read(BinaryReader reader, InteractionData data)
    {
        var kind = reader.ReadString();
        return kind switch
        {
            EaseModel.PersistedKind => EaseModel.Read(reader, data),
            LatentFactorModel.PersistedKind => LatentFactorModel.Read(reader, data),
            ContentModel.PersistedKind => ContentModel.Read(reader, data),
            PopularityModel.PersistedKind => PopularityModel.Read(reader),
            ItemKnnModel.PersistedKind => ItemKnnModel.Read(reader, data),
            UserKnnModel.PersistedKind => UserKnnModel.Read(reader, data),
            HybridModel.PersistedKind => HybridModel.Read(reader, data),
            AbstainedModel.PersistedKind => AbstainedModel.Read(reader),
            _ => throw new InvalidDataException($"Unknown model kind '{kind}'."),
        };
    }
}
