using ShopperSpectrum.Analysis;
using ShopperSpectrum.Evaluation;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Web.Tests;

/// <summary>What the library itself (as the CLI calls it) gives for online_retail.csv: the analysis and the trained recommender.</summary>
public sealed class OnlineRetailReference
{
    public OnlineRetailReference()
    {
        using var workspace = SpectrumWorkspace.Open();
        Analysis = Analyzer.Run(workspace, SharedData.OnlineRetail);
        Recommender = ShopRecommenderTrainer.Train(workspace).Recommender;
    }

    public AnalysisResult Analysis { get; }

    public ShopRecommender Recommender { get; }
}
