namespace ShopperSpectrum.Ingestion;

/// <summary>Quoting for identifiers and literals in generated DuckDB SQL.</summary>
internal static class Sql
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
