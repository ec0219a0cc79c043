using System.IO.Compression;
using System.Net;
using System.Text;
using DuckDB.NET.Data;
using MiniExcelLibs;
using ShopperSpectrum.Synthetic;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Tests.Api;

/// <summary>Every way an upload can be wrong gets a ProblemDetails with the right status, and leaves nothing behind in the workspace.</summary>
public sealed class UploadValidationTests(BareHost host) : IClassFixture<BareHost>
{
    private const string Header = "order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price";

    [Fact]
    public async Task Upload_JsonInsteadOfMultipart_415SayingHowToSendTheFile()
    {
        using var response = await host.Writer.PostAsync("/api/datasets", new StringContent("{}", Encoding.UTF8, "application/json"));

        await response.AssertProblem(HttpStatusCode.UnsupportedMediaType, "multipart/form-data", "\"file\"");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_FormWithoutFile_400()
    {
        using var response = await host.Writer.PostAsync("/api/datasets", new MultipartFormDataContent { { new StringContent("x"), "note" } });

        await response.AssertProblem(HttpStatusCode.BadRequest, "no file", "\"file\"");
    }

    [Fact]
    public async Task Upload_PdfFile_415NamingTheTypesRead()
    {
        using var response = await host.Writer.Upload("%PDF-1.4"u8.ToArray(), "report.pdf");

        await response.AssertProblem(HttpStatusCode.UnsupportedMediaType, "report.pdf", "CSV", "Parquet");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_EmptyFile_422()
    {
        using var response = await host.Writer.Upload([], "sales.csv");

        await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "sales.csv", "empty");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_HeaderOnly_422()
    {
        using var response = await host.Writer.Upload(Encoding.UTF8.GetBytes(Header + "\n"), "sales.csv");

        await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "no lines");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_TruncatedGzip_422()
    {
        var gzip = Gzip(Encoding.UTF8.GetBytes(GeneratedCsv(3_000)));

        using var response = await host.Writer.Upload(gzip[..(gzip.Length / 2)], "sales.csv.gz");

        await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "sales.csv.gz");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_TruncatedWorkbook_422()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(Enumerable.Range(1, 500).Select(i => new Dictionary<string, object>
        {
            ["order_id"] = $"o{i}", ["customer_id"] = $"c{i % 40}", ["product_id"] = $"p{i % 30}", ["product_name"] = $"Product {i % 30}",
            ["timestamp"] = new DateTime(2024, 1, 1).AddHours(i), ["quantity"] = 1, ["unit_price"] = 2.5,
        }));
        var bytes = workbook.ToArray();

        using var response = await host.Writer.Upload(bytes[..(bytes.Length / 2)], "sales.xlsx");

        await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "sales.xlsx");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_TruncatedParquet_422()
    {
        using var folder = new TempDirectory();
        var path = folder.File("sales.parquet");
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT 'o' || i AS order_id, 'c' || (i % 40) AS customer_id, 'p' || (i % 30) AS product_id, 'Product' AS product_name, " +
                $"TIMESTAMP '2024-01-01' + INTERVAL (i) HOUR AS \"timestamp\", 1 AS quantity, 2.5 AS unit_price FROM range(2000) t(i)) TO '{path}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }
        var bytes = File.ReadAllBytes(path);

        using var response = await host.Writer.Upload(bytes[..(bytes.Length / 2)], "sales.parquet");

        await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "sales.parquet");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_OverTheLimit_413NamingTheSetting()
    {
        var csv = Encoding.UTF8.GetBytes(GeneratedCsv(30_000));
        Assert.True(csv.Length > BareHost.UploadLimit);

        using var response = await host.Writer.Upload(csv, "big.csv");

        await response.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "1,048,576 bytes", "Spectrum:MaxUploadBytes");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_UnmappableLayout_422NamingTheColumnsAndTheMap()
    {
        var csv = "when,who,what,how many\n2024-01-01,a,b,1\n";

        using var response = await host.Writer.Upload(Encoding.UTF8.GetBytes(csv), "odd.csv");

        await response.AssertProblem(HttpStatusCode.UnprocessableEntity, "who", "map");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_MalformedMap_400()
    {
        using var response = await host.Writer.Upload(Encoding.UTF8.GetBytes(GeneratedCsv(100)), "sales.csv", "customer_id");

        await response.AssertProblem(HttpStatusCode.BadRequest, "canonical=source");
        await AssertNothingStored();
    }

    [Fact]
    public async Task Upload_ColumnMap_MapsAColumnDetectionCannot()
    {
        var csv = GeneratedCsv(2_000, TransactionLayout.Canonical).Replace("customer_id", "Kunde", StringComparison.Ordinal);

        using var response = await host.Writer.Upload(Encoding.UTF8.GetBytes(csv), "mapped.csv", "customer_id=Kunde");
        var dataset = await response.ReadOk<Dataset>(HttpStatusCode.Created);

        Assert.Equal("Kunde", dataset.Options.ColumnMap["customer_id"]);
        Assert.True(dataset.Import.Customers > 0);
        Assert.Equal(dataset, await host.Reader.GetOk<Dataset>($"/api/datasets/{dataset.Id}") with { Options = dataset.Options, Import = dataset.Import });
        Assert.True(File.Exists(Path.Combine(host.WorkspacePath, "datasets", dataset.Id, "transactions.duckdb")));
    }

    [Fact]
    public async Task Reads_BeforeAnyModel_503SayingWhatToDo()
    {
        using var segments = await host.Reader.GetAsync("/api/segments");
        using var report = await host.Reader.GetAsync("/api/report");
        using var health = await host.Reader.GetAsync("/health");

        await segments.AssertProblem(HttpStatusCode.ServiceUnavailable, "no model is serving yet", "train");
        await report.AssertProblem(HttpStatusCode.ServiceUnavailable, "no model is serving yet", "train");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"status\":\"starting\"", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPath_404AndWrongMethod_405()
    {
        using var missing = await host.Reader.GetAsync("/api/nothing-here");
        using var wrongMethod = await host.Reader.PutAsync("/api/datasets", null);

        await missing.AssertProblem(HttpStatusCode.NotFound, "/scalar");
        await wrongMethod.AssertProblem(HttpStatusCode.MethodNotAllowed, "PUT");
    }

    private async Task AssertNothingStored()
    {
        var datasets = await host.Reader.GetOk<List<Dataset>>("/api/datasets");
        Assert.All(datasets, d => Assert.Equal("mapped.csv", d.FileName));
        Assert.Empty(Directory.GetDirectories(Path.Combine(host.WorkspacePath, "datasets"), ".partial-*"));
    }

    private static string GeneratedCsv(int lines, TransactionLayout layout = TransactionLayout.Uci)
    {
        var writer = new StringWriter();
        TransactionGenerator.Write(new GeneratorOptions { Lines = lines, Seed = 3, Layout = layout }, writer);
        return writer.ToString();
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }
        return output.ToArray();
    }
}
