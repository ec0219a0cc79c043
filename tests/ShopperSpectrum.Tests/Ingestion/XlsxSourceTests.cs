using MiniExcelLibs;
using ShopperSpectrum.Ingestion;

namespace ShopperSpectrum.Tests.Ingestion;

public sealed class XlsxSourceTests : WorkspaceTest
{
    [Fact]
    public void Import_WorkbookWithNotesSheetAndHeaderOnRowThree_ReadsTheTransactionsSheet()
    {
        var path = Temp.File("shop.xlsx");
        var sheets = new Dictionary<string, object>
        {
            ["Read me"] = Rows(["This workbook holds our sales.", null], ["Exported 2024-06-01", null]),
            ["Sales"] = Rows(
                ["Note: figures in EUR", null, null, null, null, null, null],
                [null, null, null, null, null, null, null],
                ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
                [536365d, "85123A", "HEART", 6d, new DateTime(2010, 12, 1, 8, 26, 0), 2.55, 17850d],
                [536366d, "71053", "LANTERN", 2d, new DateTime(2010, 12, 2, 9, 0, 0), 3.39, 17851d]),
        };
        MiniExcel.SaveAs(path, sheets, printHeader: false);

        var result = Workspace.Import(path);

        Assert.Equal(SourceFormat.Xlsx, result.Format);
        Assert.Equal("UCI Online Retail", result.Layout);
        Assert.Equal(2, result.Cleaning.RowsClean);
        Assert.Equal(new DateTime(2010, 12, 2, 9, 0, 0), result.LastTimestamp);
        Assert.Equal(["17850", "17851"], Workspace.ComputeRfm().Customers.Select(c => c.CustomerId));
    }

    [Fact]
    public void Import_WorkbookWithoutTransactions_NamesItsSheets()
    {
        var path = Temp.File("other.xlsx");
        MiniExcel.SaveAs(path, new Dictionary<string, object> { ["Staff"] = Rows(["name", "role"], ["Ann", "buyer"]) }, printHeader: false);

        var error = Assert.Throws<IngestionException>(() => Workspace.Import(path));

        Assert.Contains("No sheet of other.xlsx has a header row of transactions", error.Message);
        Assert.Contains("Staff", error.Message);
    }

    [Fact]
    public void Import_FileNamedXlsxThatIsNot_SaysItIsNotAWorkbook()
    {
        var error = Assert.Throws<IngestionException>(() => Workspace.Import(Temp.Write("fake.xlsx", "InvoiceNo,StockCode\n1,2\n")));

        Assert.Contains("is not a readable .xlsx workbook", error.Message);
    }

    private static List<Dictionary<string, object?>> Rows(params object?[][] rows) =>
        [.. rows.Select(cells => cells.Select((value, i) => (Key: ((char)('A' + i)).ToString(), Value: value)).ToDictionary(c => c.Key, c => c.Value))];
}
