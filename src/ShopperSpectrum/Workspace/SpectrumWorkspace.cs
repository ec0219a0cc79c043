using System.Globalization;
using DuckDB.NET.Data;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Recommendation;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Workspace;

/// <summary>An embedded DuckDB database holding one shop's cleaned transactions, and the SQL that aggregates them.</summary>
public sealed class SpectrumWorkspace : IDisposable
{
    private static int opened;
    private readonly DuckDBConnection connection;
    private readonly Lock gate = new();
    private readonly string spillDirectory;
    private long? importedCustomers;

    /// <summary>The earlier window <see cref="LoadInteractions(DateTime, DateTime)"/> loaded last, for the calls that ask for it.</summary>
    private EarlierWindow? loadedEarlier;

    private SpectrumWorkspace(DuckDBConnection connection, string spillDirectory) =>
        (this.connection, this.spillDirectory) = (connection, spillDirectory);

    /// <summary>Opens a workspace in memory, or in a database file when a path is given (DuckDB spills to disk either way).</summary>
    public static SpectrumWorkspace Open(string? databasePath = null)
    {
        var connection = new DuckDBConnection($"Data Source={databasePath ?? ":memory:"}");
        connection.Open();
        var spill = SpillDirectory();
        using var command = connection.CreateCommand();
        // Row order carries no meaning in a transaction log; not keeping it lets DuckDB load and aggregate in parallel.
        // DuckDB's own default limit is 80% of the machine's memory, which leaves too little for the fitted models beside it:
        // past the limit it spills sorts, aggregates and even an in-memory database's table blocks to the temp directory.
        // FSST string compression costs a tenth of a large import's time writing the line store and saves nothing there: the
        // ids, names and countries of a transaction log compress as well by dictionary (10M lines: 322 MiB either way).
        command.CommandText = $"""
            SET preserve_insertion_order = false;
            SET disabled_compression_methods = 'fsst';
            SET memory_limit = '{DuckDbMemoryLimit()}';
            SET temp_directory = '{spill.Replace("'", "''", StringComparison.Ordinal)}';
            """;
        command.ExecuteNonQuery();
        return new SpectrumWorkspace(connection, spill);
    }

    /// <summary>The default limit of DuckDB's memory (SPECTRUM_DUCKDB_MEMORY, e.g. "8GB", overrides it).</summary>
    public const string DefaultDuckDbMemoryLimit = "4GB";

    /// <summary>DuckDB's memory limit: SPECTRUM_DUCKDB_MEMORY when set to a size such as "8GB", else <see cref="DefaultDuckDbMemoryLimit"/>.</summary>
    internal static string DuckDbMemoryLimit()
    {
        var configured = Environment.GetEnvironmentVariable("SPECTRUM_DUCKDB_MEMORY")?.Trim();
        return configured is { Length: > 0 } && configured.All(c => char.IsAsciiLetterOrDigit(c) || c == '.') ? configured : DefaultDuckDbMemoryLimit;
    }

    /// <summary>Where this workspace's DuckDB spills past its memory limit, a folder of its own (removed when it closes) in
    /// SPECTRUM_DUCKDB_TEMP or else the system's temp directory.</summary>
    private static string SpillDirectory()
    {
        var parent = Environment.GetEnvironmentVariable("SPECTRUM_DUCKDB_TEMP") is { Length: > 0 } configured ? configured : Path.GetTempPath();
        return Path.Combine(parent, string.Create(CultureInfo.InvariantCulture,
            $"shopper-spectrum-duckdb-{Environment.ProcessId}-{Interlocked.Increment(ref opened)}"));
    }

    /// <summary>Reads, maps and cleans a transactions file into the workspace, replacing what it held.</summary>
    public ImportResult Import(string path, ImportOptions? options = null)
    {
        lock (gate)
        {
            var imported = new TransactionImporter(connection).Import(path, options ?? new ImportOptions());
            importedCustomers = imported.Customers;
            loadedEarlier = null;
            return imported;
        }
    }

    /// <summary>Recency (whole days before <paramref name="asOf"/>), frequency (distinct orders) and monetary value (net revenue) per customer, ordered by customer id.</summary>
    public RfmTable ComputeRfm(DateTime? asOf = null) => Locked(() => RfmQuery.Run(connection, asOf));

    /// <summary>Who bought what, how often and how recently, from the lines before <paramref name="before"/> (all lines when null).</summary>
    public InteractionData LoadInteractions(DateTime? before = null) => LoadInteractions(before, customerShare: 1);

    /// <summary>
    /// As <see cref="LoadInteractions(DateTime?)"/> before <paramref name="before"/>, loading in the same pass over the lines
    /// the interactions before <paramref name="alsoBefore"/> and the pairs bought between the two moments, which later calls
    /// for them (<see cref="LoadInteractions(DateTime?, double)"/> with every customer, <see cref="LoadPurchasedPairs"/>)
    /// then return without a query, until an import replaces the lines: a validation window inside a training window.
    /// </summary>
    public InteractionData LoadInteractions(DateTime before, DateTime alsoBefore)
    {
        lock (gate)
        {
            var (later, earlier, between) = InteractionQuery.LoadWindows(connection, before, alsoBefore);
            loadedEarlier = new EarlierWindow(alsoBefore, before, earlier, between);
            return later;
        }
    }

    /// <summary>As <see cref="LoadInteractions(DateTime?)"/>, for about <paramref name="customerShare"/> of the customers (0 to 1),
    /// chosen by a hash of their id, so the same customers every time: a smaller shop with the same habits, to tune settings on.</summary>
    public InteractionData LoadInteractions(DateTime? before, double customerShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(customerShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(customerShare, 1);
        return Locked(() => customerShare == 1 && loadedEarlier is { } window && window.AsOf == before
            ? window.Interactions
            : InteractionQuery.Load(connection, before, customerShare));
    }

    /// <summary>The shop at a glance: totals, revenue by month, volume by country, the <paramref name="topProducts"/> best-selling products and revenue per customer on a log scale.</summary>
    public ShopOverview Overview(int topProducts = 10, int monetaryBinsPerDecade = 4) => Locked(() => OverviewQuery.Run(connection, topProducts, monetaryBinsPerDecade));

    /// <summary>Where the data ends by default, for RFM and interactions: a day after the last transaction, as the seeds' snapshot.</summary>
    public DateTime DefaultAsOf() => Locked(() => PurchaseQuery.DayAfterLast(connection));

    /// <summary>The number of distinct customers of the clean transactions: known from the import, else counted.</summary>
    public long CustomerCount() =>
        Locked(() => importedCustomers ??= connection.Scalar<long>($"SELECT count(DISTINCT customer_id) FROM {TransactionImporter.TransactionsTable}"));

    /// <summary>The timestamp of the last clean transaction.</summary>
    public DateTime LastTimestamp() => Locked(() => PurchaseQuery.LastTimestamp(connection));

    /// <summary>Every distinct (customer, product) pair bought at or after <paramref name="from"/> and before <paramref name="before"/> (no end when null), ordered by customer then product id.</summary>
    public IReadOnlyList<(string CustomerId, string ProductId)> LoadPurchasedPairs(DateTime from, DateTime? before = null) =>
        Locked(() => loadedEarlier is { } window && window.AsOf == from && window.Until == before
            ? window.BoughtBetween
            : PurchaseQuery.PairsBetween(connection, from, before ?? DateTime.MaxValue));

    /// <summary>Runs <paramref name="query"/> holding the workspace: its DuckDB connection takes one query at a time, and
    /// `evaluate` judges two strategies at once, either of which may load a window's segments.</summary>
    private T Locked<T>(Func<T> query)
    {
        lock (gate)
        {
            return query();
        }
    }

    /// <summary>Closes the database.</summary>
    public void Dispose()
    {
        connection.Dispose();
        try
        {
            if (Directory.Exists(spillDirectory))
            {
                Directory.Delete(spillDirectory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A spill folder left behind holds nothing the next run needs; failing to close over it would be worse.
        }
    }

    /// <summary>Interactions as of <paramref name="AsOf"/>, and the pairs bought from then until <paramref name="Until"/>.</summary>
    private sealed record EarlierWindow(DateTime AsOf, DateTime Until, InteractionData Interactions, IReadOnlyList<(string CustomerId, string ProductId)> BoughtBetween);
}
