namespace ShopperSpectrum.Cli.Tests.Commands;

/// <summary>Every mistake a user can make gets one line on stderr that names the problem and the fix, and a non-zero exit.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string UciHeader = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Analyze_MissingFile_SaysNotFound() =>
        AssertOneLineError(Analyze(temp.File("nowhere.csv")), "File not found", "spectrum generate");

    [Fact]
    public void Analyze_EmptyFile_SaysEmpty() =>
        AssertOneLineError(Analyze(temp.Write("empty.csv", "")), "is empty", "Export the transactions again");

    [Fact]
    public void Analyze_HeaderOnly_SaysNoLines() =>
        AssertOneLineError(Analyze(temp.Write("header.csv", UciHeader)), "has a header but no lines");

    [Fact]
    public void Analyze_UnknownLayout_NamesColumnsFoundAndMapOption() =>
        AssertOneLineError(Analyze(temp.Write("animals.csv", "name,legs,colour\ncat,4,black\n")),
            "Cannot map the columns", "name, legs, colour", "--map");

    [Fact]
    public void Analyze_QuantityThatWillNotParse_NamesTheColumn() =>
        AssertOneLineError(Analyze(temp.Write("bad-quantity.csv", UciHeader +
            "536365,85123A,HEART,six,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n" +
            "536365,71053,LANTERN,many,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n")),
            "Column 'Quantity'", "does not hold numbers", "--map quantity=");

    [Fact]
    public void Analyze_DateThatCannotBeRead_SuggestsDateFormat() =>
        AssertOneLineError(Analyze(temp.Write("bad-date.csv", UciHeader +
            "536365,85123A,HEART,6,the first of December,2.55,17850.0,United Kingdom\n" +
            "536366,71053,LANTERN,6,a Tuesday,3.39,17851.0,United Kingdom\n")),
            "Column 'InvoiceDate'", "cannot be read", "--date-format");

    [Fact]
    public void Analyze_DateFormatThatIsNoFormat_NamesTheOptionNotTheFile() =>
        AssertOneLineError(CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", temp.Path, "--date-format", "%Q"),
            "--date-format \"%Q\" is not a date format", "strptime");

    [Fact]
    public void Analyze_EveryLineCleanedAway_SaysWhichRules() =>
        AssertOneLineError(Analyze(temp.Write("no-customers.csv", UciHeader +
            "536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,,United Kingdom\n" +
            "C536366,71053,LANTERN,-6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n")),
            "removed by cleaning", "missing customer 1", "cancelled 1");

    [Fact]
    public void Analyze_MapToAMissingColumn_NamesTheColumnsThere() =>
        AssertOneLineError(CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", temp.Path, "--map", "customer_id=Kunde"),
            "no column 'Kunde'", "InvoiceNo");

    [Fact]
    public void Analyze_BadK_SaysWhatIsAllowed() =>
        AssertOneLineError(CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", temp.Path, "--k", "many"), "--k many", "auto");

    [Fact]
    public void Analyze_BadAsOf_ShowsTheFormat() =>
        AssertOneLineError(CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", temp.Path, "--as-of", "10/12/2011"), "yyyy-MM-dd");

    [Fact]
    public void Segment_MissingModel_SaysToRunAnalyze() =>
        AssertOneLineError(CliRunner.Run("segment", "-r", "30", "-f", "5", "-m", "1200", "--model", temp.File("none")),
            "No segmentation model", "spectrum analyze");

    [Fact]
    public void Segment_DamagedModel_SaysToRebuild()
    {
        temp.Write("segmentation.json", "{ \"schema_version\": 1, \"as_of\": ");
        AssertOneLineError(CliRunner.Run("segment", "-r", "30", "-f", "5", "-m", "1200", "--model", temp.Path), "damaged");
    }

    [Fact]
    public void Segment_ModelFromAnotherVersion_SaysToRebuild()
    {
        using var model = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("analyze", SharedData.OnlineRetail, "--out", model.Path, "--no-recommender").ExitCode);
        var path = model.File("segmentation.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"schema_version\": 1", "\"schema_version\": 99", StringComparison.Ordinal));
        AssertOneLineError(CliRunner.Run("segment", "-r", "30", "-f", "5", "-m", "1200", "--model", model.Path), "schema version 99");
    }

    private const string ThreeCustomers = "order_id,customer_id,product_id,timestamp,quantity,unit_price\n" +
        "1,c1,p1,2024-01-01,1,10\n2,c2,p2,2024-01-02,1,10\n3,c1,p2,2024-01-03,1,10\n4,c3,p1,2024-01-04,1,10\n";

    [Fact]
    public void Analyze_ThreeCustomers_ClustersIntoFewerGroups()
    {
        var json = temp.File("summary.json");

        var run = CliRunner.Run("analyze", temp.Write("three.csv", ThreeCustomers), "--out", temp.File("out"), "--json", json);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("\"k\": 2", File.ReadAllText(json));
    }

    [Fact]
    public void Evaluate_HoldoutCoveringEveryLine_SaysToShortenIt() =>
        AssertOneLineError(CliRunner.Run("evaluate", temp.Write("three.csv", ThreeCustomers)), "nothing is left to train on", "--holdout-days");

    [Fact]
    public void Train_TooLittleHistoryForValidation_BlendsEveryStrategyEvenly()
    {
        var run = CliRunner.Run("train", temp.Write("three.csv", ThreeCustomers), "--out", temp.File("model"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("every strategy weighs the same", run.Output);
    }

    private CliRunner.Outcome Analyze(string path) => CliRunner.Run("analyze", path, "--out", temp.File("out"));

    private static void AssertOneLineError(CliRunner.Outcome run, params string[] expected)
    {
        Assert.NotEqual(0, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got:\n{run.Error}");
        Assert.StartsWith("error: ", lines[0]);
        Assert.DoesNotContain(" at ShopperSpectrum", run.Error);
        foreach (var text in expected)
        {
            Assert.Contains(text, lines[0]);
        }
    }
}
