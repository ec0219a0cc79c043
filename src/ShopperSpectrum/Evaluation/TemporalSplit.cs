using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Workspace;

namespace ShopperSpectrum.Evaluation;

/// <summary>The temporal holdout of EVALUATION.md: train on the lines before the cutoff, judge on what customers bought new after it.</summary>
public sealed class TemporalSplit
{
    private TemporalSplit(DateTime cutoff, int holdoutDays, InteractionData train, IReadOnlyList<HeldOutCustomer> customers)
    {
        Cutoff = cutoff;
        HoldoutDays = holdoutDays;
        Train = train;
        Customers = customers;
    }

    /// <summary>The last timestamp minus the holdout: training lines are strictly before it, test lines at or after it.</summary>
    public DateTime Cutoff { get; }

    /// <summary>Length of the holdout window in days.</summary>
    public int HoldoutDays { get; }

    /// <summary>The interactions before the cutoff: the only data recommenders see.</summary>
    public InteractionData Train { get; }

    /// <summary>The evaluated customers, ascending by training row.</summary>
    public IReadOnlyList<HeldOutCustomer> Customers { get; }

    /// <summary>Splits the transactions a workspace holds, keeping the last <paramref name="holdoutDays"/> days for testing.</summary>
    public static TemporalSplit Create(SpectrumWorkspace workspace, int holdoutDays = 30)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfLessThan(holdoutDays, 1);
        var cutoff = workspace.LastTimestamp().AddDays(-holdoutDays);
        // The validation window a tuned strategy cuts from this training data is loaded with it, in one pass over the lines.
        var train = workspace.LoadInteractions(cutoff, alsoBefore: cutoff.AddDays(-holdoutDays));
        if (train.CustomerCount == 0)
        {
            throw new ArgumentException($"Every line falls in the last {holdoutDays} days, so nothing is left to train on; give a shorter --holdout-days.");
        }
        return Create(train, workspace.LoadPurchasedPairs(cutoff), holdoutDays);
    }

    /// <summary>The same protocol one window earlier, inside <paramref name="train"/>'s own time span: the holdout is the last
    /// <paramref name="holdoutDays"/> days before <see cref="InteractionData.AsOf"/>, so choosing settings on it never sees later lines.
    /// Tuning <paramref name="strategies"/> keeps every judged customer's scores for each of them: past a gibibyte of scores, a
    /// seeded sample of the window's customers is judged (<see cref="TuningSample"/>).</summary>
    public static TemporalSplit Validation(SpectrumWorkspace workspace, InteractionData train, int holdoutDays = 30, int strategies = 1)
    {
        ArgumentNullException.ThrowIfNull(train);
        return Validation(workspace, train.AsOf, holdoutDays, strategies);
    }

    /// <summary>As <see cref="Validation(SpectrumWorkspace, InteractionData, int, int)"/> for training data that ends at
    /// <paramref name="asOf"/>, its training window holding about <paramref name="customerShare"/> of the customers (0 to 1,
    /// chosen by a hash of their id, as <see cref="SpectrumWorkspace.LoadInteractions(DateTime?, double)"/> does).</summary>
    public static TemporalSplit Validation(SpectrumWorkspace workspace, DateTime asOf, int holdoutDays, int strategies, double customerShare = 1)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var cutoff = asOf.AddDays(-holdoutDays);
        var validationTrain = workspace.LoadInteractions(cutoff, customerShare);
        var judged = TuningSample.MaxJudgedCustomers(validationTrain.ProductCount, strategies);
        var pairs = TuningSample.Sample(workspace.LoadPurchasedPairs(cutoff, asOf), judged, TuningSample.Seed, validationTrain.CustomerIds);
        return Create(validationTrain, pairs, holdoutDays);
    }

    /// <summary>Builds the split from training interactions and the (customer, product) pairs bought in the holdout window.</summary>
    public static TemporalSplit Create(InteractionData train, IEnumerable<(string CustomerId, string ProductId)> testPairs, int holdoutDays)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(testPairs);
        var customerRow = train.CustomerIds.Select((id, row) => (id, row)).ToDictionary(c => c.id, c => c.row, StringComparer.Ordinal);
        var productColumn = train.Products.Select((p, column) => (p.Id, column)).ToDictionary(p => p.Id, p => p.column, StringComparer.Ordinal);
        var relevant = new SortedDictionary<int, SortedSet<int>>();
        foreach (var (customerId, productId) in testPairs)
        {
            if (customerRow.TryGetValue(customerId, out var row)
                && productColumn.TryGetValue(productId, out var column)
                && train.Bought.RowIndices(row).BinarySearch(column) < 0)
            {
                if (!relevant.TryGetValue(row, out var products))
                {
                    relevant[row] = products = [];
                }
                products.Add(column);
            }
        }
        var customers = relevant.Select(r => new HeldOutCustomer(r.Key, r.Value.ToArray())).ToList();
        return new TemporalSplit(train.AsOf, holdoutDays, train, customers);
    }
}
