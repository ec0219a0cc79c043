using System.Globalization;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Tests.Segmentation;

public sealed class QuintilesTests
{
    [Fact]
    public void Bins_TenDistinctValues_TwoPerBin()
    {
        double[] values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
        Assert.Equal([5, 1, 5, 1, 4, 2, 4, 2, 3, 3], Quintiles.Bins(values).Select(b => (int)b));
    }

    [Fact]
    public void Bins_AllEqual_TiesBrokenByPositionLikeRankFirst()
    {
        // rank(method="first") gives 1..7 in order; qcut's edges are 1, 2.2, 3.4, 4.6, 5.8, 7 (pandas prints [1, 1, 2, 3, 4, 5, 5]).
        double[] values = [3, 3, 3, 3, 3, 3, 3];
        Assert.Equal([1, 1, 2, 3, 4, 5, 5], Quintiles.Bins(values).Select(b => (int)b));
    }

    [Fact]
    public void Bins_OnlineRetailRfm_EqualPandasQcutForEveryCustomer()
    {
        using var workspace = SpectrumWorkspace.Open();
        workspace.Import(SharedData.OnlineRetail);
        var rfm = workspace.ComputeRfm();
        var pandas = PandasReference.Load();

        var result = Segmenter.Fit(rfm);

        Assert.Equal(pandas.Count, result.Customers.Count);
        foreach (var customer in result.Customers)
        {
            var expected = pandas[customer.Rfm.CustomerId];
            Assert.Equal(expected.Recency, customer.Rfm.Recency);
            Assert.Equal(expected.Frequency, customer.Rfm.Frequency);
            Assert.Equal(expected.Monetary, customer.Rfm.Monetary, 1e-6);
            Assert.Equal(expected.Scores, customer.Placement.Scores);
        }
    }

    /// <summary>The seeds' pandas RFM and qcut scores (bench/peer/pandas_rfm.py) for online_retail.csv.</summary>
    private static class PandasReference
    {
        public sealed record Row(int Recency, int Frequency, double Monetary, RfmScores Scores);

        public static Dictionary<string, Row> Load() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "online_retail_rfm_pandas.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(
                cells => cells[0].Replace(".0", "", StringComparison.Ordinal),
                cells => new Row(Int(cells[1]), Int(cells[2]), double.Parse(cells[3], CultureInfo.InvariantCulture),
                    new RfmScores(Int(cells[4]), Int(cells[5]), Int(cells[6]))));

        private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
    }
}
