using DuckDB.NET.Data;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Workspace;

/// <summary>The RFM aggregate, computed inside DuckDB over the clean transactions.</summary>
internal static class RfmQuery
{
    public static RfmTable Run(DuckDBConnection connection, DateTime? asOf)
    {
        var snapshot = asOf ?? PurchaseQuery.DayAfterLast(connection);
        // fsum is compensated (Kahan–Babuška) summation, as pandas' groupby sum is: totals match to the last digits.
        var sql = $"""
            SELECT customer_id, max("timestamp"), count(DISTINCT order_id), fsum({LineRevenue.Sql})
            FROM {TransactionImporter.TransactionsTable}
            WHERE "timestamp" < $as_of
            GROUP BY customer_id
            ORDER BY customer_id
            """;
        var customers = connection.Query(sql, reader =>
        {
            var rows = new List<CustomerRfm>();
            while (reader.Read())
            {
                var recency = (int)Math.Floor((snapshot - reader.GetDateTime(1)).TotalDays);
                rows.Add(new CustomerRfm(reader.GetString(0), recency, (int)reader.GetInt64(2), reader.GetDouble(3)));
            }
            return rows;
        }, new DuckDBParameter("as_of", snapshot));
        if (customers.Count == 0)
        {
            throw new IngestionException($"No customer bought anything before {snapshot:yyyy-MM-dd}; choose a later --as-of date.");
        }
        return new RfmTable(snapshot, customers);
    }
}
