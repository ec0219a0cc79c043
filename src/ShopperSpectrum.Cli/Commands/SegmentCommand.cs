using System.CommandLine;
using ShopperSpectrum.Models;
using Spectre.Console;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>`spectrum segment`: places a new customer from their recency, frequency and monetary value.</summary>
internal static class SegmentCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var recency = new Option<double>("--recency", "-r") { Description = "Days since the customer's last order.", Required = true };
        var frequency = new Option<double>("--frequency", "-f") { Description = "Number of orders.", Required = true };
        var monetary = new Option<double>("--monetary", "-m") { Description = "Total spend.", Required = true };
        var model = new Option<string>("--model") { Description = "Model directory written by `spectrum analyze`.", DefaultValueFactory = _ => "out" };
        var command = new Command("segment", "Predict the RFM segment and cluster of a customer from R, F and M.") { recency, frequency, monetary, model };
        command.SetAction(parse => CommandErrors.Guard(error, () =>
        {
            var (r, f, m) = (parse.GetValue(recency), parse.GetValue(frequency), parse.GetValue(monetary));
            if (r < 0 || f < 0 || m < 0 || double.IsNaN(r + f + m))
            {
                throw new ArgumentException("--recency, --frequency and --monetary must be zero or more.");
            }
            var placement = SegmentationModelStore.Load(parse.GetValue(model)!).Place(r, f, m);
            var table = new Table().AddColumns("RFM score", "RFM segment", "Cluster", "Cluster label")
                .AddRow(placement.Scores.ToString(), Markup.Escape(placement.Segment), placement.Cluster.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(placement.ClusterLabel));
            console.Write(table);
            return 0;
        }));
        return command;
    }
}
