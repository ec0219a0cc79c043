using System.Globalization;

namespace ShopperSpectrum.Segmentation;

/// <summary>Names customers from their R score and FM score; the first matching rule wins, and every score pair is covered.</summary>
public sealed record RfmSegmentMap(IReadOnlyList<RfmSegmentRule> Rules)
{
    /// <summary>The standard 11-segment map (Champions … Lost) on the R × FM grid.</summary>
    public static RfmSegmentMap Standard { get; } = new(
    [
        new("Champions", 5, 5, 4, 5),
        new("Champions", 4, 4, 5, 5),
        new("Loyal Customers", 4, 4, 4, 4),
        new("Loyal Customers", 3, 3, 4, 5),
        new("Potential Loyalists", 4, 5, 2, 3),
        new("New Customers", 5, 5, 1, 1),
        new("Promising", 4, 4, 1, 1),
        new("Need Attention", 3, 3, 3, 3),
        new("About to Sleep", 3, 3, 1, 2),
        new("Can't Lose Them", 1, 2, 5, 5),
        new("At Risk", 2, 2, 3, 4),
        new("At Risk", 1, 1, 4, 4),
        new("Hibernating", 2, 2, 1, 2),
        new("Hibernating", 1, 1, 3, 3),
        new("Lost", 1, 1, 1, 2),
    ]);

    /// <summary>The segment names in the order the map first names them.</summary>
    public IReadOnlyList<string> Segments => [.. Rules.Select(r => r.Segment).Distinct()];

    /// <summary>The segment of a customer with these scores.</summary>
    public string Segment(RfmScores scores) => Rules.First(r => r.Matches(scores)).Segment;

    /// <summary>Reads a map from CSV lines <c>segment,recency,frequency_monetary</c> with scores or ranges such as <c>4-5</c>; a header line is allowed.</summary>
    public static RfmSegmentMap Parse(string csv)
    {
        var rules = new List<RfmSegmentRule>();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            var cells = line.Split(',', StringSplitOptions.TrimEntries);
            if (number == 1 && cells[0].Equals("segment", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (cells.Length != 3 || !TryRange(cells[1], out var r) || !TryRange(cells[2], out var fm))
            {
                throw new FormatException(
                    $"Segment map line {number} ('{line}') is not 'segment,recency,frequency_monetary' with scores 1-5 such as 'Champions,4-5,4-5'.");
            }
            rules.Add(new RfmSegmentRule(cells[0], r.Min, r.Max, fm.Min, fm.Max));
        }
        var map = new RfmSegmentMap(rules);
        map.RequireCoverage();
        return map;
    }

    private void RequireCoverage()
    {
        for (var r = 1; r <= 5; r++)
        {
            for (var fm = 1; fm <= 5; fm++)
            {
                var scores = new RfmScores(r, fm, fm);
                if (!Rules.Any(rule => rule.Matches(scores)))
                {
                    throw new FormatException($"Segment map names no segment for R = {r}, FM = {fm}; add a line that covers it.");
                }
            }
        }
    }

    private static bool TryRange(string text, out (int Min, int Max) range)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        range = default;
        if (parts.Length is < 1 or > 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min) ||
            !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var max) ||
            min < 1 || max > 5 || min > max)
        {
            return false;
        }
        range = (min, max);
        return true;
    }
}
