namespace ShopperSpectrum.Analysis;

/// <summary>The machine-readable summary of an analysis (<c>--json</c>); other programs rely on these names.</summary>
public sealed record AnalysisSummary(
    string File,
    string Layout,
    string DateFormat,
    long RowsRead,
    long RowsClean,
    IReadOnlyList<CleaningSummary> Cleaning,
    long Customers,
    long Products,
    DateTime FirstTimestamp,
    DateTime LastTimestamp,
    DateTime AsOf,
    IReadOnlyList<RfmSegmentEntry> RfmSegments,
    KMeansSummary Kmeans,
    IReadOnlyDictionary<string, double> TimingsSeconds)
{
    /// <summary>Summarises an analysis result.</summary>
    public static AnalysisSummary From(AnalysisResult result)
    {
        var import = result.Import;
        var segmentation = result.Segmentation;
        var search = segmentation.Search;
        return new AnalysisSummary(
            import.FileName, import.Layout, import.DateFormat,
            import.Cleaning.RowsRead, import.Cleaning.RowsClean,
            [.. import.Cleaning.Steps.Select(s => new CleaningSummary(s.Rule, s.RowsRemoved))],
            import.Customers, import.Products, import.FirstTimestamp, import.LastTimestamp, result.Rfm.AsOf,
            [.. segmentation.Segments.Select(s => new RfmSegmentEntry(s.Name, s.Customers, Math.Round(s.Revenue, 2), s.Recency, s.Frequency, s.Monetary))],
            new KMeansSummary(
                segmentation.Model.Clusters.K, search.ElbowK, search.BestSilhouetteK,
                new SilhouetteSample(search.SilhouetteSampled, search.SilhouetteSampleSize, search.SilhouetteSeed),
                [.. search.Candidates.Select(c => new KCandidate(c.K, c.Inertia, c.Silhouette))],
                [.. segmentation.Clusters.Select(c => new ClusterEntry(c.Label, c.Size, c.Recency, c.Frequency, c.Monetary))]),
            result.Timings.ToDictionary(t => t.Stage.ToString().ToLowerInvariant(), t => Math.Round(t.Elapsed.TotalSeconds, 4)));
    }
}

/// <summary>One cleaning rule's count.</summary>
public sealed record CleaningSummary(string Rule, long RowsRemoved);

/// <summary>One named RFM segment.</summary>
public sealed record RfmSegmentEntry(string Name, int Customers, double Revenue, double Recency, double Frequency, double Monetary);

/// <summary>The K-Means part of the summary: chosen k, the candidates, and the chosen clusters.</summary>
public sealed record KMeansSummary(int K, int ElbowK, int BestSilhouetteK, SilhouetteSample Silhouette, IReadOnlyList<KCandidate> Candidates, IReadOnlyList<ClusterEntry> Clusters);

/// <summary>Whether the silhouette was computed on a sample, of what size and with what seed.</summary>
public sealed record SilhouetteSample(bool Sampled, int Size, int Seed);

/// <summary>One k tried: its inertia and silhouette.</summary>
public sealed record KCandidate(int K, double Inertia, double Silhouette);

/// <summary>One chosen cluster: its label, size and mean R, F, M.</summary>
public sealed record ClusterEntry(string Label, int Size, double Recency, double Frequency, double Monetary);
