using System.Text;
using System.Text.Json;
using ShopperSpectrum.Models;

namespace ShopperSpectrum.Analysis;

/// <summary>Writes an analysis to a directory: customers.csv, segments.csv, the fitted segmentation model and, when fitted, the recommender.</summary>
public static class AnalysisExport
{
    /// <summary>Writes the customer table, the segment table and the models into <paramref name="directory"/>.</summary>
    public static void Write(AnalysisResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        WriteCustomers(result, Path.Combine(directory, "customers.csv"));
        WriteSegments(result, Path.Combine(directory, "segments.csv"));
        SegmentationModelStore.Save(result.Segmentation.Model, directory);
        if (result.Recommender is { } trained)
        {
            RecommenderStore.Save(trained.Recommender, directory);
        }
    }

    /// <summary>Writes the summary as JSON.</summary>
    public static void WriteSummary(AnalysisResult result, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(AnalysisSummary.From(result), AnalysisJsonContext.Default.AnalysisSummary));
    }

    private static void WriteCustomers(AnalysisResult result, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("customer_id,recency,frequency,monetary,r_score,f_score,m_score,rfm_segment,cluster,cluster_label");
        foreach (var customer in result.Segmentation.Customers)
        {
            var (rfm, place) = (customer.Rfm, customer.Placement);
            writer.WriteLine(CsvText.Line(rfm.CustomerId, rfm.Recency, rfm.Frequency, rfm.Monetary,
                place.Scores.Recency, place.Scores.Frequency, place.Scores.Monetary, place.Segment, place.Cluster, place.ClusterLabel));
        }
    }

    private static void WriteSegments(AnalysisResult result, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("segment,customers,revenue,revenue_share,mean_recency,mean_frequency,mean_monetary");
        foreach (var s in result.Segmentation.Segments)
        {
            writer.WriteLine(CsvText.Line(s.Name, s.Customers, s.Revenue, s.RevenueShare, s.Recency, s.Frequency, s.Monetary));
        }
    }
}
