using ShopperSpectrum.Web.Storage;

namespace ShopperSpectrum.Web.Tests.Storage;

public sealed class WorkspaceLayoutTests
{
    [Fact]
    public void RemoveLeftovers_UploadsOfEndedSessionsAndHalfWrittenFolders_AreDeletedAndStoredDataKept()
    {
        using var root = new TempDirectory();
        var layout = new WorkspaceLayout(root.Path);
        var upload = Directory.CreateDirectory(Path.Combine(layout.Uploads, "a-session")).FullName;
        File.WriteAllText(Path.Combine(upload, "orders.csv"), "InvoiceNo,StockCode\n");
        var dataset = Directory.CreateDirectory(layout.Dataset("stored")).FullName;
        var partial = Directory.CreateDirectory(Path.Combine(layout.Datasets, WorkspaceLayout.PartialPrefix + "stored-2")).FullName;

        layout.RemoveLeftovers();

        Assert.False(Directory.Exists(upload));
        Assert.False(Directory.Exists(partial));
        Assert.True(Directory.Exists(dataset));
        Assert.Empty(Directory.GetFileSystemEntries(layout.Uploads));
    }
}
