using System.Globalization;
using DuckDB.NET.Data;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Workspace;

/// <summary>Aggregates the clean transactions into the customer × product interactions recommenders learn from.</summary>
internal static class InteractionQuery
{
    /// <summary>Hash values below which a customer is kept, out of <see cref="ShareScale"/>.</summary>
    private const long ShareScale = 1_000_000;

    public static InteractionData Load(DuckDBConnection connection, DateTime? before, double customerShare = 1)
    {
        var asOf = before ?? PurchaseQuery.DayAfterLast(connection);
        // DuckDB's hash of the id picks the same customers on every run (and in both queries below) without a list of them.
        var kept = customerShare >= 1
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" AND hash(customer_id) % {ShareScale} < {(long)Math.Ceiling(customerShare * ShareScale)}");
        var parameter = new DuckDBParameter("before", asOf);
        var products = connection.Query($"""
            SELECT product_id, arg_min(product_name, "timestamp"), arg_min(brand, "timestamp"), arg_min(product_line, "timestamp"),
                   arg_min(product_class, "timestamp"), arg_min(product_size, "timestamp"), arg_min(product_type, "timestamp")
            FROM {TransactionImporter.TransactionsTable} WHERE "timestamp" < $before{kept}
            GROUP BY product_id ORDER BY product_id
            """, reader =>
        {
            var list = new List<Product>();
            while (reader.Read())
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var id = reader.GetString(0);
                list.Add(new Product(id, Text(1) ?? id, Text(2), Text(3), Text(4), Text(5), Text(6)));
            }
            return list;
        }, parameter);
        var productIndex = products.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var customers = new List<string>();
        var rowStarts = new List<int> { 0 };
        var columns = new ChunkedBuffer<int>();
        var (orders, units, days) = (new ChunkedBuffer<float>(), new ChunkedBuffer<float>(), new ChunkedBuffer<float>());
        // Ordered by customer, then product id: the order of the matrix's rows and columns, so the entries build CSR directly.
        connection.Query($"""
            SELECT customer_id, product_id, count(DISTINCT order_id), sum(quantity), max("timestamp")
            FROM {TransactionImporter.TransactionsTable} WHERE "timestamp" < $before{kept}
            GROUP BY customer_id, product_id ORDER BY customer_id, product_id
            """, reader =>
        {
            while (reader.Read())
            {
                var customer = reader.GetString(0);
                if (customers.Count == 0 || !string.Equals(customers[^1], customer, StringComparison.Ordinal))
                {
                    customers.Add(customer);
                    rowStarts.Add(rowStarts[^1]);
                }
                rowStarts[^1]++;
                columns.Add(productIndex[reader.GetString(1)]);
                orders.Add(reader.GetInt64(2));
                units.Add((float)reader.GetDouble(3));
                days.Add((float)Math.Floor((asOf - reader.GetDateTime(4)).TotalDays));
            }
            return 0;
        }, new DuckDBParameter("before", asOf));
        // The three matrices share one row-start and one column array: at 100M lines that is 70 million entries each.
        var (starts, columnOf) = (rowStarts.ToArray(), columns.ToArray());
        InteractionMatrix Matrix(ChunkedBuffer<float> values) =>
            InteractionMatrix.FromCompressedRows(customers.Count, products.Count, starts, columnOf, values.ToArray());
        return new InteractionData(customers, products, Matrix(orders), Matrix(units), Matrix(days), asOf);
    }
}
