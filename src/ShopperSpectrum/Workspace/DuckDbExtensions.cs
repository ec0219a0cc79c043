using System.Data.Common;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace ShopperSpectrum.Workspace;

/// <summary>Runs SQL on a DuckDB connection; with SPECTRUM_TRACE_SQL=1 (or =full, for whole statements) each statement's time goes to stderr.</summary>
internal static class DuckDbExtensions
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("SPECTRUM_TRACE_SQL") is "1" or "full";
    private static readonly int TraceLength = Environment.GetEnvironmentVariable("SPECTRUM_TRACE_SQL") == "full" ? int.MaxValue : 160;

    public static void Execute(this DuckDBConnection connection, string sql, params DuckDBParameter[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        Timed(sql, () => command.ExecuteNonQuery());
    }

    public static T Scalar<T>(this DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Timed(sql, () => (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Runs a query and hands its open reader to <paramref name="read"/>.</summary>
    public static T Query<T>(this DuckDBConnection connection, string sql, Func<DbDataReader, T> read, params DuckDBParameter[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return Timed(sql, () =>
        {
            using var reader = command.ExecuteReader();
            return read(reader);
        });
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, DuckDBParameter[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static T Timed<T>(string sql, Func<T> run)
    {
        if (!Trace)
        {
            return run();
        }
        var clock = Stopwatch.StartNew();
        var result = run();
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        Console.Error.WriteLine($"[sql {clock.Elapsed.TotalMilliseconds,8:0.0} ms] {oneLine[..Math.Min(oneLine.Length, TraceLength)]}");
        return result;
    }
}
