using System.Globalization;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Tests.Segmentation;

public class ClusterSearchTests
{
    [Fact]
    public void Run_ThreeSeparatedBlobs_ElbowAndSilhouetteChooseThree()
    {
        var points = Synthetic.Blobs(seed: 1, perBlob: 60, dimensions: 2, [0, 0], [8, 0], [4, 7]);

        var result = ClusterSearch.Run(points, 2, 2, 6, new KMeansOptions());

        Assert.Equal([2, 3, 4, 5, 6], result.Candidates.Select(c => c.K));
        Assert.Equal(3, result.ElbowK);
        Assert.Equal(3, result.BestSilhouetteK);
        Assert.False(result.SilhouetteSampled);
        Assert.Equal(180, result.SilhouetteSampleSize);
    }

    [Fact]
    public void Run_MorePointsThanExactLimit_ScoresTheSeededSample()
    {
        var points = Synthetic.Blobs(seed: 2, perBlob: 200, dimensions: 3, [0, 0, 0], [5, 5, 5]);
        var options = new KMeansOptions { Seed = 17, Restarts = 2 };

        var result = ClusterSearch.Run(points, 3, 2, 3, options, maxExactSilhouette: 100);

        Assert.True(result.SilhouetteSampled);
        Assert.Equal(100, result.SilhouetteSampleSize);
        Assert.Equal(17, result.SilhouetteSeed);
        var sample = ClusterSearch.Sample(400, 100, 17);
        Assert.Equal(100, sample.Distinct().Count());
        foreach (var candidate in result.Candidates)
        {
            var rows = sample.SelectMany(i => points.Skip(i * 3).Take(3)).ToArray();
            var labels = sample.Select(i => candidate.Fit.Labels[i]).ToArray();
            Assert.Equal(Silhouette.Score(rows, 3, labels, candidate.K), candidate.Silhouette, 12);
        }
    }

    [Fact]
    public void Run_OnlineRetailRfm_MatchesScikitLearnQuality()
    {
        // scikit-learn 1.2 (KMeans n_init=10, random_state=42): inertia@4 = 3938.91, silhouette@4 = 0.337, best k = 2.
        var (raw, _) = LoadOnlineRetailRfm();
        var points = FeatureScaler.Fit(raw, 3).Transform(raw, 3);

        var result = ClusterSearch.Run(points, 3, 2, 10, new KMeansOptions());

        var four = result.Candidates.Single(c => c.K == 4);
        Assert.Equal(4_338, four.Fit.Labels.Length);
        Assert.True(four.Inertia <= 3938.91 * 1.005, $"inertia@4 = {four.Inertia}");
        Assert.InRange(four.Silhouette, 0.327, 0.347);
        Assert.Equal(2, result.BestSilhouetteK);
        Assert.False(result.SilhouetteSampled);
    }

    [Fact]
    public void Label_OnlineRetailFourClusters_HighValueSpendsMostAndAtRiskIsLongestAway()
    {
        var (raw, _) = LoadOnlineRetailRfm();
        var fit = KMeans.Fit(FeatureScaler.Fit(raw, 3).Transform(raw, 3), 3, 4, new KMeansOptions());
        var profiles = Enumerable.Range(0, 4).Select(c =>
        {
            var members = Enumerable.Range(0, fit.Labels.Length).Where(i => fit.Labels[i] == c).ToArray();
            return new ClusterProfile(c, members.Length, members.Average(i => raw[i * 3]), members.Average(i => raw[(i * 3) + 1]), members.Average(i => raw[(i * 3) + 2]));
        }).ToArray();

        var names = ClusterLabeler.Label(profiles);

        Assert.Equal(["At-Risk", "High-Value", "Occasional", "Regular"], names.Order());
        Assert.Equal(profiles.MaxBy(p => p.Monetary)!.Cluster, Array.IndexOf(names, "High-Value"));
        Assert.Equal(profiles.MaxBy(p => p.Recency)!.Cluster, Array.IndexOf(names, "At-Risk"));
    }

    [Fact]
    public void Run_KMaxNotBelowPointCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusterSearch.Run([0, 1, 2], 1, 2, 3, new KMeansOptions()));

    /// <summary>Reads the 4,338 customers' recency, frequency and monetary value (row-major) from the fixture.</summary>
    internal static (double[] Rows, string[] Customers) LoadOnlineRetailRfm()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Segmentation", "Fixtures", "online_retail_rfm.csv");
        var lines = File.ReadLines(path).Skip(1).ToArray();
        var rows = new double[lines.Length * 3];
        var customers = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            customers[i] = fields[0];
            for (var j = 0; j < 3; j++)
            {
                rows[(i * 3) + j] = double.Parse(fields[j + 1], CultureInfo.InvariantCulture);
            }
        }

        return (rows, customers);
    }
}
