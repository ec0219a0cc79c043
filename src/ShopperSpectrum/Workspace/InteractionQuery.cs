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
        // DuckDB's hash of the id picks the same customers on every run (and in every query below) without a list of them.
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

        var window = new DuckDBParameter("before", asOf);
        // Customers in id order: the rows of the matrix, numbered the same way by the entries query below.
        var customers = connection.Query($"""
            SELECT DISTINCT customer_id FROM {TransactionImporter.TransactionsTable} WHERE "timestamp" < $before{kept} ORDER BY customer_id
            """, reader =>
        {
            var list = new List<string>();
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }
            return list;
        }, window);
        var (rows, columns) = (new List<int>(), new List<int>());
        var (orders, units, days) = (new List<float>(), new List<float>(), new List<float>());
        // Row and column numbers are computed in DuckDB, so that tens of millions of pairs cross into .NET as numbers rather
        // than id strings to look up; distinct orders are counted by grouping per order first, which DuckDB does in parallel
        // and spills, unlike count(DISTINCT). Ordered by row, then column, so the entries build CSR directly.
        connection.Query($"""
            WITH window_lines AS (
                SELECT customer_id, product_id, order_id, quantity, "timestamp" FROM {TransactionImporter.TransactionsTable} WHERE "timestamp" < $before{kept}
            ), customer_rows AS (
                SELECT customer_id, CAST(row_number() OVER (ORDER BY customer_id) - 1 AS INTEGER) AS row_number
                FROM (SELECT DISTINCT customer_id FROM window_lines)
            ), product_columns AS (
                SELECT product_id, CAST(row_number() OVER (ORDER BY product_id) - 1 AS INTEGER) AS column_number
                FROM (SELECT DISTINCT product_id FROM window_lines)
            ), per_order AS (
                SELECT customer_id, product_id, order_id, sum(quantity) AS units, max("timestamp") AS last_bought
                FROM window_lines GROUP BY customer_id, product_id, order_id
            ), pairs AS (
                SELECT customer_id, product_id, count(order_id) AS orders, sum(units) AS units, max(last_bought) AS last_bought
                FROM per_order GROUP BY customer_id, product_id
            )
            SELECT c.row_number, p.column_number, orders, CAST(units AS DOUBLE),
                   CAST(floor((epoch($before) - epoch(last_bought)) / 86400) AS DOUBLE)
            FROM pairs JOIN customer_rows c USING (customer_id) JOIN product_columns p USING (product_id)
            ORDER BY c.row_number, p.column_number
            """, reader =>
        {
            while (reader.Read())
            {
                rows.Add(reader.GetInt32(0));
                columns.Add(reader.GetInt32(1));
                orders.Add(reader.GetInt64(2));
                units.Add((float)reader.GetDouble(3));
                days.Add((float)reader.GetDouble(4));
            }
            return 0;
        }, new DuckDBParameter("before", asOf));
        var rowOf = rows.ToArray();
        InteractionMatrix Matrix(List<float> values) =>
            InteractionMatrix.FromSortedEntries(customers.Count, products.Count, rowOf, [.. columns], [.. values]);
        return new InteractionData(customers, products, Matrix(orders), Matrix(units), Matrix(days), asOf);
    }
}
