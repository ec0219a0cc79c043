namespace ShopperSpectrum.Ingestion;

/// <summary>The date formats tried on a text timestamp column, in order of preference when several read every value.</summary>
internal static class DateFormats
{
    public const string Iso = "ISO 8601";

    public static readonly IReadOnlyList<string> Candidates =
    [
        Iso,
        "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y",
        "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y",
        "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y",
        "%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%d-%m-%Y %H:%M", "%d-%m-%Y",
    ];

    /// <summary>The SQL that reads <paramref name="text"/> as a timestamp in <paramref name="format"/>, NULL when it cannot.</summary>
    public static string Parse(string text, string format) => format == Iso
        ? $"TRY_CAST({text} AS TIMESTAMP)"
        : $"try_strptime({text}, {Sql.Literal(format)})";
}
