using System.Text;
using Spectre.Console;

namespace ShopperSpectrum.Cli;

/// <summary>A TextWriter over a Spectre console, so help and parse output go where the rest of the output goes.</summary>
internal sealed class AnsiWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => console.Profile.Out.Writer.Write(value);

    public override void Write(string? value) => console.Profile.Out.Writer.Write(value);
}
