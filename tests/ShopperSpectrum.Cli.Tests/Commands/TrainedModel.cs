namespace ShopperSpectrum.Cli.Tests.Commands;

/// <summary>A 20,000-line generated shop, trained once with `spectrum train` for every test of a class.</summary>
public sealed class TrainedModel : IDisposable
{
    private readonly TempDirectory temp = new();

    public TrainedModel()
    {
        var data = temp.File("shop.csv");
        Assert.Equal(0, CliRunner.Run("generate", "-o", data, "--lines", "20000").ExitCode);
        var train = CliRunner.Run("train", data, "--out", Directory);
        (TrainExitCode, TrainOutput, TrainError) = (train.ExitCode, train.Output, train.Error);
    }

    public string Directory => temp.File("model");

    public int TrainExitCode { get; }

    public string TrainOutput { get; }

    public string TrainError { get; }

    public void Dispose() => temp.Dispose();
}
