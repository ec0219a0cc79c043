using System.CommandLine;
using ShopperSpectrum.Ingestion;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>The options that say how to read a file (column map, date format), shared by every command that imports one.</summary>
internal sealed class ImportOptionSet
{
    private readonly Option<string[]> map = new("--map")
    {
        Description = "Map a column: canonical=source, e.g. --map customer_id=\"Kundennummer\". Repeat for more columns.",
        AllowMultipleArgumentsPerToken = false,
    };
    private readonly Option<string?> dateFormat = new("--date-format") { Description = "strptime format of the date column, e.g. \"%d/%m/%Y %H:%M\" (detected when omitted)." };

    public void AddTo(Command command)
    {
        command.Options.Add(map);
        command.Options.Add(dateFormat);
    }

    public ImportOptions Read(ParseResult parse) =>
        new() { ColumnMap = ImportOptions.ParseColumnMap(parse.GetValue(map) ?? [], "--map "), DateFormat = parse.GetValue(dateFormat) };

    /// <summary>`--holdout-days`: the days at the end of the data held out, at least one.</summary>
    public static Option<int> HoldoutDays(string description) => new("--holdout-days") { Description = description, DefaultValueFactory = _ => 30 };

    /// <summary>The holdout's value, refused below one day.</summary>
    public static int CheckHoldout(int days) => days >= 1 ? days : throw new ArgumentException("--holdout-days must be at least 1.");
}
