using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>A new customer's predicted placement, with what their segment is shown first.</summary>
public sealed record PredictionView(double Recency, double Frequency, double Monetary, CustomerPlacement Placement, IReadOnlyList<RecommendedProduct> Products);

/// <summary>The predict page: checks the three numbers and places a customer with the serving segmentation.</summary>
internal static class SegmentPredictor
{
    /// <summary>The placement, or the message to show when a value is missing, negative or not a number.</summary>
    public static (PredictionView? Prediction, string? Problem) Predict(ServedModel model, double? recency, double? frequency, double? monetary)
    {
        if (recency is not { } r || frequency is not { } f || monetary is not { } m)
        {
            return (null, "Enter all three values: recency (days since the last order), frequency (number of orders) and monetary value (total spend).");
        }
        if (!double.IsFinite(r) || !double.IsFinite(f) || !double.IsFinite(m) || r < 0 || f < 0 || m < 0)
        {
            return (null, "Recency, frequency and monetary value must each be zero or more, e.g. 30 days, 5 orders, 1200.");
        }
        var place = model.Segmentation.Place(r, f, m);
        var segment = model.Segments.IndexOf(place.Segment);
        return (new PredictionView(r, f, m, place, segment < 0 ? [] : model.Segments.Top(segment, 5)), null);
    }
}
