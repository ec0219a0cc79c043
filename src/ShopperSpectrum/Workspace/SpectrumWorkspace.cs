using DuckDB.NET.Data;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Workspace;

/// <summary>An embedded DuckDB database holding one shop's cleaned transactions, and the SQL that aggregates them.</summary>
public sealed class SpectrumWorkspace : IDisposable
{
    private readonly DuckDBConnection connection;

    private SpectrumWorkspace(DuckDBConnection connection) => this.connection = connection;

    /// <summary>Opens a workspace in memory, or in a database file when a path is given (DuckDB spills to disk either way).</summary>
    public static SpectrumWorkspace Open(string? databasePath = null)
    {
        var connection = new DuckDBConnection($"Data Source={databasePath ?? ":memory:"}");
        connection.Open();
        using var command = connection.CreateCommand();
        // Row order carries no meaning in a transaction log; not keeping it lets DuckDB load and aggregate in parallel.
        command.CommandText = "SET preserve_insertion_order = false";
        command.ExecuteNonQuery();
        return new SpectrumWorkspace(connection);
    }

    /// <summary>Reads, maps and cleans a transactions file into the workspace, replacing what it held.</summary>
    public ImportResult Import(string path, ImportOptions? options = null) =>
        new TransactionImporter(connection).Import(path, options ?? new ImportOptions());

    /// <summary>Recency (whole days before <paramref name="asOf"/>), frequency (distinct orders) and monetary value (net revenue) per customer, ordered by customer id.</summary>
    public RfmTable ComputeRfm(DateTime? asOf = null) => RfmQuery.Run(connection, asOf);

    /// <summary>Who bought what, how often and how recently, from the lines before <paramref name="before"/> (all lines when null).</summary>
    public InteractionData LoadInteractions(DateTime? before = null) => InteractionQuery.Load(connection, before);

    /// <summary>The shop at a glance: totals, revenue by month, volume by country, the <paramref name="topProducts"/> best-selling products and revenue per customer on a log scale.</summary>
    public ShopOverview Overview(int topProducts = 10, int monetaryBinsPerDecade = 4) => OverviewQuery.Run(connection, topProducts, monetaryBinsPerDecade);

    /// <summary>The timestamp of the last clean transaction.</summary>
    public DateTime LastTimestamp() => PurchaseQuery.LastTimestamp(connection);

    /// <summary>Every distinct (customer, product) pair bought at or after <paramref name="from"/> and before <paramref name="before"/> (no end when null), ordered by customer then product id.</summary>
    public IReadOnlyList<(string CustomerId, string ProductId)> LoadPurchasedPairs(DateTime from, DateTime? before = null) =>
        PurchaseQuery.PairsBetween(connection, from, before ?? DateTime.MaxValue);

    /// <summary>Closes the database.</summary>
    public void Dispose() => connection.Dispose();
}
