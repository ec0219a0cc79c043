using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Tests.Recommendation;

namespace ShopperSpectrum.Tests.Evaluation;

public sealed class HybridTunerTests
{
    [Fact]
    public void Tune_OneStrategyFindsTheHeldOutProduct_KeepsItAlone()
    {
        // Customer i bought product i; in the holdout everyone buys product 3, which only "good" ranks first.
        var train = TinyShop.Of(4, [0], [1], [2]);
        var validation = TemporalSplit.Create(train, [("c0", "p3"), ("c1", "p3"), ("c2", "p3")], 30);
        var good = new FixedScores("good", 0, 0, 0, 1);
        var bad = new FixedScores("bad", 1, 1, 1, 0);

        var tuning = HybridTuner.Tune(validation, [bad, good], k: 1);

        Assert.Equal(1.0, tuning.SingleNdcg["good"]);
        Assert.Equal(0.0, tuning.SingleNdcg["bad"]);
        var chosen = Assert.Single(tuning.Weights);
        Assert.Equal(("good", 1.0), (chosen.Strategy.Name, chosen.Weight));
        Assert.Equal(1.0, tuning.ValidationNdcg);
    }
}
