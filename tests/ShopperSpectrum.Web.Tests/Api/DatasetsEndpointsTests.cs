using System.Net;
using System.Text;
using ShopperSpectrum.Synthetic;
using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Tests.Api;

[Collection(TrainedHostCollection.Name)]
public sealed class DatasetsEndpointsTests(TrainedHost host, OnlineRetailReference reference)
{
    [Fact]
    public void Upload_OnlineRetail_CleaningReportAsTheLibraryImportsIt()
    {
        var expected = reference.Analysis.Import;
        var actual = host.Retail.Import;

        Assert.Equal("online_retail.csv", host.Retail.FileName);
        Assert.Equal(new FileInfo(SharedData.OnlineRetail).Length, host.Retail.Bytes);
        Assert.Equal((expected.Layout, expected.Format, expected.DateFormat), (actual.Layout, actual.Format, actual.DateFormat));
        Assert.Equal((expected.Cleaning.RowsRead, expected.Cleaning.RowsClean), (actual.Cleaning.RowsRead, actual.Cleaning.RowsClean));
        Assert.Equal(expected.Cleaning.Steps, actual.Cleaning.Steps);
        Assert.Equal((expected.Customers, expected.Products), (actual.Customers, actual.Products));
        Assert.Equal((expected.FirstTimestamp, expected.LastTimestamp), (actual.FirstTimestamp, actual.LastTimestamp));
    }

    [Fact]
    public async Task List_HoldsTheDemoAndTheUpload()
    {
        var datasets = await host.Reader.GetOk<List<Dataset>>("/api/datasets");

        Assert.Contains(datasets, d => d.FileName == "demo.csv" && d.Import.Cleaning.RowsRead == 20_000);
        Assert.Contains(datasets, d => d.Id == host.Retail.Id);
    }

    [Fact]
    public async Task Describe_Upload_SameAsTheUploadAnswered()
    {
        var dataset = await host.Reader.GetOk<Dataset>($"/api/datasets/{host.Retail.Id}");

        Assert.Equal(host.Retail.Import.Cleaning.Steps, dataset.Import.Cleaning.Steps);
        Assert.Equal(host.Retail with { Import = dataset.Import, Options = dataset.Options }, dataset);
    }

    [Theory]
    [InlineData("ds-0000000000")]
    [InlineData("a.b")]
    [InlineData("DS-UPPER")]
    public async Task Describe_UnknownDataset_404(string id)
    {
        using var response = await host.Reader.GetAsync($"/api/datasets/{Uri.EscapeDataString(id)}");

        await response.AssertProblem(HttpStatusCode.NotFound, "GET /api/datasets");
    }

    [Fact]
    public async Task Delete_Upload_GoneFromListAndDisk()
    {
        var csv = new StringWriter();
        TransactionGenerator.Write(new GeneratorOptions { Lines = 2_000, Seed = 7 }, csv);
        using var upload = await host.Writer.Upload(Encoding.UTF8.GetBytes(csv.ToString()), "small shop.csv");
        var dataset = await upload.ReadOk<Dataset>(HttpStatusCode.Created);
        Assert.Equal("small_shop.csv", dataset.FileName);
        Assert.True(Directory.Exists(Path.Combine(host.WorkspacePath, "datasets", dataset.Id)));

        using var deleted = await host.Writer.DeleteAsync($"/api/datasets/{dataset.Id}");
        using var described = await host.Reader.GetAsync($"/api/datasets/{dataset.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await described.AssertProblem(HttpStatusCode.NotFound, dataset.Id);
        Assert.False(Directory.Exists(Path.Combine(host.WorkspacePath, "datasets", dataset.Id)));
    }

    [Fact]
    public async Task Delete_UnknownDataset_404()
    {
        using var response = await host.Writer.DeleteAsync("/api/datasets/ds-0000000000");

        await response.AssertProblem(HttpStatusCode.NotFound, "ds-0000000000");
    }
}
