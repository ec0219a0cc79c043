using ShopperSpectrum.Models;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Tests.Recommendation;

namespace ShopperSpectrum.Tests.Models;

public sealed class RecommenderStoreTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Load_AfterSave_ScoresEveryCustomerBitForBit()
    {
        var original = StoreFixture.Fitted();
        RecommenderStore.Save(original, temp.Path);

        var loaded = RecommenderStore.Load(temp.Path);

        var products = original.Data.ProductCount;
        for (var customer = 0; customer < original.Data.CustomerCount; customer++)
        {
            Assert.Equal(Interactions.Scores(original.Model, customer, products), Interactions.Scores(loaded.Model, customer, products));
            Assert.Equal(original.Model.Explain(customer, customer % products), loaded.Model.Explain(customer, customer % products));
        }
        Assert.Equal(original.Recommend("c7"), loaded.Recommend("c7"));
    }

    [Fact]
    public void Load_AfterSave_KeepsTheDataAndTheManifest()
    {
        var original = StoreFixture.Fitted();
        RecommenderStore.Save(original, temp.Path);

        var loaded = RecommenderStore.Load(temp.Path);

        Assert.Equal(original.Data.CustomerIds, loaded.Data.CustomerIds);
        Assert.Equal(original.Data.Products, loaded.Data.Products);
        Assert.Equal("Brand 1", loaded.Data.Products[1].Brand);
        Assert.Equal(original.Data.AsOf, loaded.Data.AsOf);
        Assert.Equal(original.Data.DaysSinceLast.Values.ToArray(), loaded.Data.DaysSinceLast.Values.ToArray());
        Assert.Equal(original.Data.Quantities.RowStarts.ToArray(), loaded.Data.Quantities.RowStarts.ToArray());
        Assert.Equal(original.Manifest.CreatedUtc, loaded.Manifest.CreatedUtc);
        Assert.Equal(original.Manifest.DataFingerprint, loaded.Manifest.DataFingerprint);
        Assert.Equal(original.Manifest.Blend, loaded.Manifest.Blend);
        Assert.False(File.Exists(Path.Combine(temp.Path, RecommenderStore.FileName + ".tmp")));
    }

    [Fact]
    public void Load_MissingFile_SaysToRunAnalyze()
    {
        var error = Assert.Throws<ModelException>(() => RecommenderStore.Load(temp.Path));

        Assert.Contains("No recommender", error.Message);
        Assert.Contains("spectrum train", error.Message);
    }

    [Fact]
    public void Load_TruncatedFile_SaysDamagedAndToRebuild()
    {
        var path = SavedFile();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ModelException>(() => RecommenderStore.Load(temp.Path));

        Assert.Contains("damaged or truncated", error.Message);
        Assert.Contains("run `spectrum train", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_OneFlippedByte_SaysDamaged()
    {
        var path = SavedFile();
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ModelException>(() => RecommenderStore.Load(temp.Path));

        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void Load_OtherSchemaVersion_NamesBothVersions()
    {
        var path = SavedFile();
        var bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(99).CopyTo(bytes, 8);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ModelException>(() => RecommenderStore.Load(temp.Path));

        Assert.Contains($"schema version 99, this spectrum reads version {RecommenderStore.CurrentSchemaVersion}", error.Message);
        Assert.Contains("again", error.Message);
    }

    [Fact]
    public void Load_NotARecommenderFile_SaysSo()
    {
        temp.Write(RecommenderStore.FileName, "customer,product\n1,2\n");

        var error = Assert.Throws<ModelException>(() => RecommenderStore.Load(temp.Path));

        Assert.Contains("is not a Shopper Spectrum recommender", error.Message);
    }

    [Fact]
    public void Save_StrategyWithoutPersistence_IsRefused()
    {
        var data = TinyShop.Data();
        var model = new ItemCosineRecommender().Fit(data);
        var recommender = new ShopRecommender(data, model, new RecommenderManifest(DateTime.UnixEpoch, "x", []));

        Assert.Throws<ArgumentException>(() => RecommenderStore.Save(recommender, temp.Path));
        Assert.False(File.Exists(Path.Combine(temp.Path, RecommenderStore.FileName)));
    }

    private string SavedFile()
    {
        RecommenderStore.Save(StoreFixture.Fitted(), temp.Path);
        return Path.Combine(temp.Path, RecommenderStore.FileName);
    }
}
