using System.Globalization;
using System.IO.Compression;
using ShopperSpectrum.Synthetic;

namespace ShopperSpectrum.Tests.Synthetic;

public class TransactionGeneratorTests
{
    private const string UciHeader = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
    private const string ShopifyHeader =
        "product_title,product_type,variant_title,variant_sku,variant_id,customer_id,order_id,day,net_quantity,gross_sales,discounts,returns,net_sales,taxes,total_sales,returned_item_quantity,ordered_item_quantity";
    private const string CanonicalHeader =
        "order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,country,brand,product_line,product_class,product_size,product_type";

    private static readonly string[] PinnedUciLines =
    [
        "536365,99186B,NATURAL REGENCY HANGING LAMP,8,2023-01-02 16:50:24,4.85,12382.0,United Kingdom",
        "536365,44164,HANGING HEART SPINNING TOP,12,2023-01-02 16:50:24,2.7,12382.0,United Kingdom",
        "536365,99186A,SILVER REGENCY HANGING LAMP,6,2023-01-02 16:50:24,4.85,12382.0,United Kingdom",
    ];

    [Theory]
    [InlineData(TransactionLayout.Uci)]
    [InlineData(TransactionLayout.Shopify)]
    [InlineData(TransactionLayout.Canonical)]
    public void Write_SameOptions_ProducesIdenticalText(TransactionLayout layout)
    {
        var options = new GeneratorOptions { Lines = 20_000, Layout = layout, Seed = 7 };

        Assert.Equal(Generate(options), Generate(options));
    }

    [Fact]
    public void Write_DifferentSeed_ProducesDifferentText()
    {
        var options = new GeneratorOptions { Lines = 2_000 };

        Assert.NotEqual(Generate(options), Generate(options with { Seed = 43 }));
    }

    [Fact]
    public void Write_Seed42_MatchesPinnedFirstLines()
    {
        // Pins the stream across machines and refactorings: a change here changes every demo and benchmark file.
        var rows = Parse(new GeneratorOptions { Lines = 1_000 });

        Assert.Equal(PinnedUciLines, rows.Skip(1).Take(PinnedUciLines.Length).Select(r => string.Join(',', r)));
    }

    [Theory]
    [InlineData(TransactionLayout.Uci, UciHeader)]
    [InlineData(TransactionLayout.Shopify, ShopifyHeader)]
    [InlineData(TransactionLayout.Canonical, CanonicalHeader)]
    public void Write_EachLayout_WritesExactHeader(TransactionLayout layout, string header)
    {
        var text = Generate(new GeneratorOptions { Lines = 10, Layout = layout });

        Assert.StartsWith(header + "\n", text, StringComparison.Ordinal);
        Assert.Equal(header, TransactionGenerator.Header(layout));
    }

    [Theory]
    [InlineData(TransactionLayout.Uci, 1)]
    [InlineData(TransactionLayout.Uci, 12_345)]
    [InlineData(TransactionLayout.Shopify, 7)]
    [InlineData(TransactionLayout.Shopify, 9_999)]
    [InlineData(TransactionLayout.Canonical, 2)]
    [InlineData(TransactionLayout.Canonical, 10_001)]
    public void Write_AnyLayout_WritesExactLineCount(TransactionLayout layout, long lines)
    {
        var rows = Parse(new GeneratorOptions { Lines = lines, Layout = layout });

        Assert.Equal(lines + 1, rows.Count);
        Assert.All(rows, row => Assert.Equal(rows[0].Length, row.Length));
    }

    [Theory]
    [InlineData(1, 1, 10, 0.02)]
    [InlineData(5_000, 1, 10, 0.5)]
    [InlineData(3_000, 7, 3_000, 0.0)]
    [InlineData(20_000, 730, 50, 0.1)]
    public void Write_EdgeOptions_WritesExactLineCountInTimeOrder(long lines, int customers, int products, double dirty)
    {
        var options = new GeneratorOptions
        {
            Lines = lines,
            Customers = customers,
            Products = products,
            DirtyFraction = dirty,
            Days = customers == 7 ? 1 : 365,
            Start = new DateTime(2024, 2, 29),
            Layout = TransactionLayout.Canonical,
        };

        var rows = Parse(options).Skip(1).ToList();

        Assert.Equal(lines, rows.Count);
        var times = rows.Select(r => r[4]).ToList();
        Assert.True(times.Zip(times.Skip(1)).All(p => string.CompareOrdinal(p.First, p.Second) <= 0), "timestamps decrease");
        Assert.All(times, t => Assert.True(string.CompareOrdinal(t, "2024-02-29") >= 0));
    }

    [Fact]
    public void Write_50kLines_TopTenthOfProductsHoldsOverFortyPercentOfLines()
    {
        var rows = Parse(new GeneratorOptions { Lines = 50_000 }).Skip(1).ToList();

        var counts = rows.CountBy(r => r[1]).Select(p => p.Value).OrderDescending().ToList();
        var top = counts.Take(counts.Count / 10).Sum();
        Assert.True(counts.Count >= 400, $"only {counts.Count} products sold");
        Assert.True(top > 0.40 * rows.Count, $"top 10% of products hold {top} of {rows.Count} lines");
    }

    [Fact]
    public void Write_UciLayout_DirtyLinesAtRoughlyTheFraction()
    {
        var rows = Parse(new GeneratorOptions { Lines = 100_000, DirtyFraction = 0.05 }).Skip(1).ToList();

        var missing = rows.Count(r => r[6].Length == 0);
        var cancelled = rows.Count(r => r[0].StartsWith('C'));
        var badPrice = rows.Count(r => decimal.Parse(r[5], CultureInfo.InvariantCulture) <= 0);
        var duplicates = rows.Zip(rows.Skip(1)).Count(p => p.First.SequenceEqual(p.Second));
        var total = missing + cancelled + badPrice + duplicates;
        Assert.InRange(total, 0.6 * 0.05 * rows.Count, 1.4 * 0.05 * rows.Count);
        Assert.True(missing > 0.01 * rows.Count, $"missing customer on {missing} lines");
        Assert.True(cancelled > 0.005 * rows.Count, $"{cancelled} cancellation lines");
        Assert.True(badPrice > 0 && duplicates > 0, $"{badPrice} bad prices, {duplicates} duplicates");
    }

    [Fact]
    public void Write_ZeroDirtyFraction_WritesNoDirtyLines()
    {
        var rows = Parse(new GeneratorOptions { Lines = 20_000, DirtyFraction = 0 }).Skip(1).ToList();

        Assert.DoesNotContain(rows, r => r[6].Length == 0 || r[0].StartsWith('C') || r[5] == "0.0" || r[5].StartsWith('-'));
    }

    [Fact]
    public void Write_UciLayout_CancellationsReverseAnEarlierLineOfTheSameCustomer()
    {
        var rows = Parse(new GeneratorOptions { Lines = 50_000 }).Skip(1).ToList();
        var bought = new HashSet<(string Customer, string StockCode)>();
        var cancellations = 0;

        foreach (var row in rows)
        {
            if (row[0].StartsWith('C'))
            {
                cancellations++;
                Assert.True(int.Parse(row[3], CultureInfo.InvariantCulture) < 0, string.Join(',', row));
                Assert.NotEqual(string.Empty, row[6]);
                Assert.Contains((row[6], row[1]), bought);
            }
            else
            {
                bought.Add((row[6], row[1]));
            }
        }

        Assert.True(cancellations > 50, $"{cancellations} cancellation lines");
    }

    [Fact]
    public void Write_UciLayout_FormatsFieldsLikeTheRealExport()
    {
        var rows = Parse(new GeneratorOptions { Lines = 20_000, Products = 3_000 }).Skip(1).ToList();

        Assert.All(rows.Where(r => r[6].Length > 0), r => Assert.Matches(@"^\d+\.0$", r[6]));
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", r[4]));
        Assert.All(rows, r => Assert.Matches(@"^\d{5,6}[A-Z]?$", r[1]));
        Assert.All(rows, r => Assert.Matches(@"^-?\d+\.\d\d?$", r[5]));
        Assert.Contains(rows, r => r[2].Contains(','));
        Assert.Contains(rows, r => r[2].Contains('"'));
        var numbers = rows.Select(r => long.Parse(r[0].TrimStart('C'), CultureInfo.InvariantCulture)).ToList();
        Assert.True(numbers.Zip(numbers.Skip(1)).All(p => p.First <= p.Second), "invoice numbers decrease");
    }

    [Fact]
    public void Write_ShopifyLayout_MoneyArithmeticHoldsOnEveryLine()
    {
        var rows = Parse(new GeneratorOptions { Lines = 50_000, Layout = TransactionLayout.Shopify }).Skip(1).ToList();

        foreach (var r in rows)
        {
            var gross = Money(r[9]);
            var discounts = Money(r[10]);
            var returns = Money(r[11]);
            var net = Money(r[12]);
            var taxes = Money(r[13]);
            Assert.Equal(gross + discounts + returns, net);
            Assert.Equal(net + taxes, Money(r[14]));
            Assert.InRange(taxes, (net * 0.2m) - 0.005m, (net * 0.2m) + 0.005m);
            Assert.True(discounts <= 0 && returns <= 0 && net >= 0, string.Join(',', r));
            Assert.Equal(Count(r[16]) - Count(r[15]), Count(r[8]));
            Assert.Matches(@"^\d{4}-\d\d-\d\d$", r[7]);
        }

        Assert.Contains(rows, r => Count(r[15]) > 0 && Count(r[8]) > 0);
        Assert.Contains(rows, r => Count(r[15]) > 0 && Count(r[8]) == 0 && Money(r[12]) == 0);
        Assert.Contains(rows, r => r[5].Length == 0);

        static decimal Money(string field)
        {
            Assert.Matches(@"^-?\d+\.\d\d$", field);
            return decimal.Parse(field, CultureInfo.InvariantCulture);
        }

        static int Count(string field) => int.Parse(field, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Write_CanonicalLayout_TimestampsParseAndNeverDecrease()
    {
        var rows = Parse(new GeneratorOptions { Lines = 30_000, Layout = TransactionLayout.Canonical }).Skip(1).ToList();

        var times = rows.Select(r => DateTime.ParseExact(r[4], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).ToList();
        Assert.True(times.Zip(times.Skip(1)).All(p => p.First <= p.Second), "timestamps decrease");
        Assert.InRange(times[0], new DateTime(2023, 1, 1), new DateTime(2023, 1, 8));
        Assert.InRange(times[^1], new DateTime(2023, 12, 24), new DateTime(2024, 1, 1));
        Assert.All(rows, r => Assert.Contains(r[10], new[] { "low", "medium", "high" }));
        Assert.All(rows, r => Assert.Contains(r[11], new[] { "small", "medium", "large" }));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r[8]) || string.IsNullOrEmpty(r[9]) || string.IsNullOrEmpty(r[12])));
    }

    [Theory]
    [InlineData(TransactionLayout.Uci, 2)]
    [InlineData(TransactionLayout.Shopify, 0)]
    [InlineData(TransactionLayout.Canonical, 3)]
    public void Write_AnyLayout_EveryDescriptionIsNonEmptyUpperOrTitleCase(TransactionLayout layout, int column)
    {
        var rows = Parse(new GeneratorOptions { Lines = 20_000, Layout = layout, Products = 3_000 }).Skip(1).ToList();

        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[column])));
        Assert.All(rows, r => Assert.Matches(@"^[A-Z0-9]", r[column]));
    }

    [Fact]
    public void Write_UciLayout_ShowsCustomerTypes()
    {
        var rows = Parse(new GeneratorOptions { Lines = 100_000 }).Skip(1).Where(r => r[6].Length > 0).ToList();

        var ordersPerCustomer = rows.Where(r => !r[0].StartsWith('C'))
            .GroupBy(r => r[6])
            .Select(g => g.Select(r => r[0]).Distinct().Count())
            .ToList();
        Assert.True(ordersPerCustomer.Count(n => n >= 10) >= 40, "too few frequent customers");
        Assert.True(ordersPerCustomer.Count(n => n == 1) > 0.3 * ordersPerCustomer.Count, "too few one-time customers");

        // Churned customers: a sizeable group whose last purchase lies in the first half of the year.
        var lastMonth = rows.GroupBy(r => r[6]).Select(g => g.Max(r => r[4][..7])!).ToList();
        var repeatEarly = rows.Where(r => !r[0].StartsWith('C')).GroupBy(r => r[6])
            .Count(g => g.Select(r => r[0]).Distinct().Count() >= 3 && g.Max(r => r[4][..7])!.CompareTo("2023-07") < 0);
        Assert.True(repeatEarly > 0.02 * lastMonth.Count, $"{repeatEarly} repeat customers stopped before July");
    }

    [Fact]
    public void Write_UciLayout_NovemberIsBusierThanFebruaryAndWeekdaysThanSaturdays()
    {
        var rows = Parse(new GeneratorOptions { Lines = 50_000 }).Skip(1).ToList();

        var byMonth = rows.CountBy(r => r[4][5..7]).ToDictionary();
        var byDay = rows.CountBy(r => DateTime.ParseExact(r[4][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek).ToDictionary();
        Assert.True(byMonth["11"] > 1.8 * byMonth["02"], $"Nov {byMonth["11"]}, Feb {byMonth["02"]}");
        Assert.True(byDay[DayOfWeek.Tuesday] > 3 * byDay[DayOfWeek.Saturday]);
    }

    [Fact]
    public void Write_UciLayout_BasketsStayWithinATheme()
    {
        // Baskets are built around a customer's favourite themes, so products of one order share description words
        // far more often than two random products do.
        var rows = Parse(new GeneratorOptions { Lines = 30_000 }).Skip(1).Where(r => !r[0].StartsWith('C')).ToList();
        var words = rows.Select(r => r[2]).Distinct().ToDictionary(d => d, d => d.Split(' ').ToHashSet());

        var sameOrder = rows.Zip(rows.Skip(1)).Where(p => p.First[0] == p.Second[0]).ToList();
        var shared = sameOrder.Count(p => words[p.First[2]].Overlaps(words[p.Second[2]]));
        var shuffled = sameOrder.Zip(sameOrder.Skip(sameOrder.Count / 2)).Count(p => words[p.First.First[2]].Overlaps(words[p.Second.Second[2]]));
        Assert.True(shared > 2 * shuffled, $"{shared} same-order pairs share a word, {shuffled} random pairs");
    }

    [Fact]
    public void WriteFile_GzPath_WritesGzipOfTheSameText()
    {
        var options = new GeneratorOptions { Lines = 5_000, Layout = TransactionLayout.Canonical };
        var path = Path.Combine(Path.GetTempPath(), $"spectrum-{Guid.NewGuid():N}.csv.gz");
        try
        {
            TransactionGenerator.WriteFile(options, path);

            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            Assert.Equal(Generate(options), reader.ReadToEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteFile_PlainPath_WritesUtf8WithoutBom()
    {
        var options = new GeneratorOptions { Lines = 100 };
        var path = Path.Combine(Path.GetTempPath(), $"spectrum-{Guid.NewGuid():N}.csv");
        try
        {
            TransactionGenerator.WriteFile(options, path);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'I', bytes[0]);
            Assert.Equal(Generate(options), System.Text.Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0L, 365, 0.02)]
    [InlineData(-5L, 365, 0.02)]
    [InlineData(100L, 0, 0.02)]
    [InlineData(100L, 365, -0.1)]
    public void Write_InvalidOptions_ThrowsArgumentOutOfRange(long lines, int days, double dirty)
    {
        var options = new GeneratorOptions { Lines = lines, Days = days, DirtyFraction = dirty };

        Assert.Throws<ArgumentOutOfRangeException>(() => TransactionGenerator.Write(options, TextWriter.Null));
    }

    [Fact]
    public void GeneratorOptions_HugeRun_DerivesLargeCatalogueAndCustomerBase()
    {
        var options = new GeneratorOptions { Lines = 100_000_000 };

        Assert.InRange(options.ResolvedProducts, 80_000, 120_000);
        Assert.InRange(options.ResolvedCustomers, 2_000_000, 4_000_000);
        Assert.Equal(1_000, new GeneratorOptions { Lines = 100_000 }.ResolvedProducts);
        Assert.Equal(4_000, new GeneratorOptions { Lines = 400_000 }.ResolvedProducts);
    }

    private static string Generate(GeneratorOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TransactionGenerator.Write(options, writer);
        return writer.ToString();
    }

    private static List<string[]> Parse(GeneratorOptions options) => CsvTestReader.Parse(Generate(options));
}
