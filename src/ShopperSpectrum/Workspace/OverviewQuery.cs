using System.Data.Common;
using DuckDB.NET.Data;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Ingestion;

namespace ShopperSpectrum.Workspace;

/// <summary>The shop-wide aggregates of <see cref="ShopOverview"/>, each one SQL statement over the clean transactions.</summary>
internal static class OverviewQuery
{
    private const string Transactions = TransactionImporter.TransactionsTable;

    public static ShopOverview Run(DuckDBConnection connection, int topProducts, int monetaryBinsPerDecade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(topProducts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(monetaryBinsPerDecade, 1);
        var totals = connection.Query($"""
            SELECT count(*), count(DISTINCT order_id), count(DISTINCT customer_id), count(DISTINCT product_id),
                   fsum({LineRevenue.Sql}), min("timestamp"), max("timestamp")
            FROM {Transactions}
            """, reader => reader.Read() && !reader.IsDBNull(5)
                ? (Lines: reader.GetInt64(0), Orders: reader.GetInt64(1), Customers: reader.GetInt64(2), Products: reader.GetInt64(3),
                    Revenue: reader.GetDouble(4), First: reader.GetDateTime(5), Last: reader.GetDateTime(6))
                : throw new IngestionException("The workspace holds no transactions; import a file first."));
        return new ShopOverview(totals.Lines, totals.Orders, totals.Customers, totals.Products, totals.Revenue, totals.First, totals.Last,
            Months(connection), Countries(connection), TopProducts(connection, topProducts), Monetary(connection, monetaryBinsPerDecade));
    }

    private static List<MonthRevenue> Months(DuckDBConnection connection) =>
        connection.Query($"""
            WITH sales AS (
                SELECT date_trunc('month', "timestamp") AS month, fsum({LineRevenue.Sql}) AS revenue,
                       count(DISTINCT order_id) AS orders, count(DISTINCT customer_id) AS customers
                FROM {Transactions} GROUP BY 1),
            months AS (
                SELECT unnest(range(min(month), max(month) + INTERVAL 1 MONTH, INTERVAL 1 MONTH)) AS month FROM sales)
            SELECT months.month, coalesce(revenue, 0), coalesce(orders, 0), coalesce(customers, 0)
            FROM months LEFT JOIN sales USING (month) ORDER BY months.month
            """, reader => ReadAll(reader, r => new MonthRevenue(r.GetDateTime(0), r.GetDouble(1), r.GetInt64(2), r.GetInt64(3))));

    private static List<CountryVolume> Countries(DuckDBConnection connection) =>
        connection.Query($"""
            SELECT coalesce(country, 'Unknown'), count(*), count(DISTINCT order_id), count(DISTINCT customer_id), fsum({LineRevenue.Sql})
            FROM {Transactions}
            WHERE (SELECT count(country) FROM {Transactions}) > 0
            GROUP BY 1 ORDER BY 2 DESC, 1
            """, reader => ReadAll(reader, r => new CountryVolume(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetDouble(4))));

    private static List<ProductSales> TopProducts(DuckDBConnection connection, int top) =>
        connection.Query($"""
            SELECT product_id, coalesce(nullif(trim(arg_min(product_name, row("timestamp", product_name))), ''), product_id), fsum(quantity), fsum({LineRevenue.Sql}) AS revenue,
                   count(DISTINCT customer_id)
            FROM {Transactions} GROUP BY product_id ORDER BY revenue DESC, product_id LIMIT $top
            """, reader => ReadAll(reader, r => new ProductSales(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetInt64(4))),
            new DuckDBParameter("top", top));

    private static MonetaryDistribution Monetary(DuckDBConnection connection, int perDecade)
    {
        // The bin index of MonetaryDistribution.FromCounts; totals at or below zero have no place on a log scale.
        var counts = connection.Query($"""
            WITH customers AS (SELECT fsum({LineRevenue.Sql}) AS total FROM {Transactions} GROUP BY customer_id)
            SELECT CASE WHEN total > 0 THEN CAST(floor(log10(total) * $per) AS BIGINT) END AS bin, count(*)
            FROM customers GROUP BY bin ORDER BY bin NULLS FIRST
            """, reader => ReadAll(reader, r => (Bin: r.IsDBNull(0) ? (long?)null : r.GetInt64(0), Customers: r.GetInt64(1))),
            new DuckDBParameter("per", perDecade));
        return MonetaryDistribution.FromCounts(perDecade,
            counts.Where(c => c.Bin is not null).ToDictionary(c => c.Bin!.Value, c => c.Customers),
            counts.Where(c => c.Bin is null).Sum(c => c.Customers));
    }

    private static List<T> ReadAll<T>(DbDataReader reader, Func<DbDataReader, T> row)
    {
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }
        return rows;
    }
}
