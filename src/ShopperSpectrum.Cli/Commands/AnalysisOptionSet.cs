using System.CommandLine;
using System.Globalization;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Cli.Commands;

/// <summary>The options that say how to read a file and segment it, shared by the commands that analyse.</summary>
internal sealed class AnalysisOptionSet
{
    private readonly ImportOptionSet import = new();
    private readonly Option<string?> asOf = new("--as-of") { Description = "Date RFM is computed at, yyyy-MM-dd (default: the day after the last transaction)." };
    private readonly Option<string> k = new("--k") { Description = "Number of clusters, or 'auto' for the best silhouette.", DefaultValueFactory = _ => "4" };
    private readonly Option<int> seed = new("--seed") { Description = "Seed for K-Means.", DefaultValueFactory = _ => 42 };
    private readonly Option<int> restarts = new("--restarts") { Description = "K-Means restarts per k.", DefaultValueFactory = _ => 10 };
    private readonly Option<string?> segmentMap = new("--segment-map") { Description = "CSV of segment,recency,frequency_monetary rules (e.g. Champions,4-5,4-5) replacing the standard map." };

    public void AddTo(Command command)
    {
        import.AddTo(command);
        foreach (var option in new Option[] { asOf, k, seed, restarts, segmentMap })
        {
            command.Options.Add(option);
        }
    }

    public AnalysisOptions Read(ParseResult parse)
    {
        var clusters = ParseK(parse.GetValue(k)!);
        var restartCount = parse.GetValue(restarts);
        if (restartCount < 1)
        {
            throw new ArgumentException("--restarts must be at least 1.");
        }
        return new AnalysisOptions
        {
            Import = import.Read(parse),
            AsOf = ParseDate(parse.GetValue(asOf)),
            Segmenter = new SegmenterOptions
            {
                Clusters = clusters,
                KMeans = new KMeansOptions { Seed = parse.GetValue(seed), Restarts = restartCount },
                SegmentMap = ReadSegmentMap(parse.GetValue(segmentMap)),
            },
        };
    }

    private static int? ParseK(string text)
    {
        if (text.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 2 || value > 50)
        {
            throw new ArgumentException($"--k {text}: give a number of clusters from 2 to 50, or 'auto'.");
        }
        return value;
    }

    private static DateTime? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"--as-of {text}: write the date as yyyy-MM-dd, e.g. --as-of 2011-12-10.");
    }

    private static RfmSegmentMap ReadSegmentMap(string? path)
    {
        if (path is null)
        {
            return RfmSegmentMap.Standard;
        }
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--segment-map {path}: file not found.");
        }
        return RfmSegmentMap.Parse(File.ReadAllText(path));
    }
}
