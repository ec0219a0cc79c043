using DuckDB.NET.Data;
using ShopperSpectrum.Ingestion;

namespace ShopperSpectrum.Workspace;

/// <summary>The time span of the clean transactions and the distinct customer–product pairs of a later window.</summary>
internal static class PurchaseQuery
{
    /// <summary>The default "as of" moment for RFM and interactions: a day after the last transaction, as the seeds' snapshot.</summary>
    public static DateTime DayAfterLast(DuckDBConnection connection) => LastTimestamp(connection).AddDays(1);

    public static DateTime LastTimestamp(DuckDBConnection connection) =>
        connection.Query($"SELECT max(\"timestamp\") FROM {TransactionImporter.TransactionsTable}", reader =>
            reader.Read() && !reader.IsDBNull(0)
                ? reader.GetDateTime(0)
                : throw new IngestionException("The workspace holds no transactions; import a file first."));

    public static IReadOnlyList<(string CustomerId, string ProductId)> PairsBetween(DuckDBConnection connection, DateTime from, DateTime before) =>
        connection.Query($"""
            SELECT DISTINCT customer_id, product_id FROM {TransactionImporter.TransactionsTable}
            WHERE "timestamp" >= $from AND "timestamp" < $before ORDER BY customer_id, product_id
            """, reader =>
        {
            var pairs = new List<(string, string)>();
            while (reader.Read())
            {
                pairs.Add((reader.GetString(0), reader.GetString(1)));
            }
            return pairs;
        }, new DuckDBParameter("from", from), new DuckDBParameter("before", before));
}
