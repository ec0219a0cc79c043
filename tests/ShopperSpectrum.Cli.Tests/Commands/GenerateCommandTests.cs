using System.CommandLine;
using ShopperSpectrum.Cli.Commands;

namespace ShopperSpectrum.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("spectrum-generate-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        Directory.Delete(directory, recursive: true);
        output.Dispose();
        error.Dispose();
    }

    [Fact]
    public void Invoke_ValidOptions_WritesFileAndPrintsOneLine()
    {
        var path = Path.Combine(directory, "shop.csv");

        var exit = Invoke("generate", "-o", path, "--lines", "500", "--layout", "shopify", "--seed", "3");

        Assert.Equal(0, exit);
        Assert.Equal(501, File.ReadAllLines(path).Length);
        Assert.StartsWith("product_title,", File.ReadAllText(path), StringComparison.Ordinal);
        var printed = output.ToString().TrimEnd('\n', '\r');
        Assert.DoesNotContain('\n', printed);
        Assert.Contains("500 lines", printed, StringComparison.Ordinal);
        Assert.Contains(path, printed, StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Invoke_DefaultLayout_WritesUci()
    {
        var path = Path.Combine(directory, "uci.csv");

        Assert.Equal(0, Invoke("generate", "--output", path, "--lines", "20", "--customers", "5", "--products", "30"));
        Assert.StartsWith("InvoiceNo,StockCode,", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lines", "0")]
    [InlineData("--lines", "-3")]
    [InlineData("--layout", "excel")]
    [InlineData("--layout", "1")]
    [InlineData("--customers", "0")]
    public void Invoke_BadOptionValue_PrintsOneLineErrorAndReturnsTwo(string option, string value)
    {
        var path = Path.Combine(directory, "bad.csv");

        var exit = Invoke("generate", "-o", path, option, value);

        Assert.Equal(2, exit);
        AssertOneLineError();
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Invoke_UnwritablePath_PrintsOneLineErrorAndReturnsTwo()
    {
        var path = Path.Combine(directory, "missing-folder", "out.csv");

        var exit = Invoke("generate", "-o", path, "--lines", "10");

        Assert.Equal(2, exit);
        AssertOneLineError();
    }

    private int Invoke(params string[] args)
    {
        var root = new RootCommand("spectrum");
        root.Subcommands.Add(GenerateCommand.Create());
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private void AssertOneLineError()
    {
        var message = error.ToString().TrimEnd('\n', '\r');
        Assert.StartsWith("error: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }
}
