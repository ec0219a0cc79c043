using System.Globalization;
using DuckDB.NET.Data;
using ShopperSpectrum.Ingestion;
using ShopperSpectrum.Recommendation;

namespace ShopperSpectrum.Workspace;

/// <summary>Aggregates the clean transactions into the customer × product interactions recommenders learn from.</summary>
/// <remarks>
/// DuckDB numbers the customers and products (by id: the matrix's row and column order) in two small temporary tables, so the
/// aggregate hands over and sorts numbers, not ids: at 100M lines that is 70 million pairs read without a string.
/// </remarks>
internal static class InteractionQuery
{
    /// <summary>Hash values below which a customer is kept, out of <see cref="ShareScale"/>.</summary>
    private const long ShareScale = 1_000_000;

    private const string CustomersTable = "interaction_customers";
    private const string ProductsTable = "interaction_products";

    public static InteractionData Load(DuckDBConnection connection, DateTime? before, double customerShare = 1)
    {
        var asOf = before ?? PurchaseQuery.DayAfterLast(connection);
        // DuckDB's hash of the id picks the same customers on every run (and in every query below) without a list of them.
        var kept = customerShare >= 1
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" AND hash(customer_id) % {ShareScale} < {(long)Math.Ceiling(customerShare * ShareScale)}");
        var lines = $"""FROM {TransactionImporter.TransactionsTable} WHERE "timestamp" < $before{kept}""";
        DuckDBParameter Before() => new("before", asOf);
        try
        {
            connection.Execute($"""
                CREATE OR REPLACE TEMP TABLE {CustomersTable} AS
                SELECT customer_id, CAST(row_number() OVER (ORDER BY customer_id) - 1 AS INTEGER) AS row_index
                FROM (SELECT DISTINCT customer_id {lines})
                """, Before());
            connection.Execute($"""
                CREATE OR REPLACE TEMP TABLE {ProductsTable} AS
                SELECT product_id, CAST(row_number() OVER (ORDER BY product_id) - 1 AS INTEGER) AS column_index,
                       arg_min(product_name, "timestamp") AS product_name, arg_min(brand, "timestamp") AS brand,
                       arg_min(product_line, "timestamp") AS product_line, arg_min(product_class, "timestamp") AS product_class,
                       arg_min(product_size, "timestamp") AS product_size, arg_min(product_type, "timestamp") AS product_type
                {lines} GROUP BY product_id
                """, Before());
            var customers = connection.Query($"SELECT customer_id FROM {CustomersTable} ORDER BY row_index", reader =>
            {
                var list = new List<string>();
                while (reader.Read())
                {
                    list.Add(reader.GetString(0));
                }
                return list;
            });
            var products = LoadProducts(connection);
            var rowStarts = new int[customers.Count + 1];
            var columns = new ChunkedBuffer<int>();
            var (orders, units, days) = (new ChunkedBuffer<float>(), new ChunkedBuffer<float>(), new ChunkedBuffer<float>());
            // Ordered by customer, then product: the order of the matrix's rows and columns, so the entries build CSR directly.
            connection.Query($"""
                SELECT row_index, column_index, orders, units, days
                FROM (SELECT customer_id, product_id, CAST(count(DISTINCT order_id) AS FLOAT) AS orders, CAST(sum(quantity) AS FLOAT) AS units,
                             CAST(floor(date_diff('microsecond', max("timestamp"), $before) / 86400e6) AS FLOAT) AS days
                      {lines} GROUP BY customer_id, product_id)
                JOIN {CustomersTable} USING (customer_id) JOIN {ProductsTable} USING (product_id)
                ORDER BY row_index, column_index
                """, reader =>
            {
                while (reader.Read())
                {
                    rowStarts[reader.GetInt32(0) + 1]++;
                    columns.Add(reader.GetInt32(1));
                    orders.Add(reader.GetFloat(2));
                    units.Add(reader.GetFloat(3));
                    days.Add(reader.GetFloat(4));
                }
                return 0;
            }, Before());
            for (var row = 0; row < customers.Count; row++)
            {
                rowStarts[row + 1] += rowStarts[row];
            }
            // The three matrices share one row-start and one column array: at 100M lines that is 70 million entries each.
            var columnOf = columns.ToArray();
            InteractionMatrix Matrix(ChunkedBuffer<float> values) =>
                InteractionMatrix.FromCompressedRows(customers.Count, products.Count, rowStarts, columnOf, values.ToArray());
            return new InteractionData(customers, products, Matrix(orders), Matrix(units), Matrix(days), asOf);
        }
        finally
        {
            connection.Execute($"DROP TABLE IF EXISTS {CustomersTable}; DROP TABLE IF EXISTS {ProductsTable}");
        }
    }

    private static List<Product> LoadProducts(DuckDBConnection connection) =>
        connection.Query($"""
            SELECT product_id, product_name, brand, product_line, product_class, product_size, product_type
            FROM {ProductsTable} ORDER BY column_index
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
        });
}
