using System.Globalization;
using System.Text;
using ShopperSpectrum.Analysis;
using ShopperSpectrum.Segmentation;
using ShopperSpectrum.Web.Serving;

namespace ShopperSpectrum.Web.Api;

/// <summary>A segment's members as CSV for a campaign tool: one row per customer with their RFM, placement and top recommendations.</summary>
internal static class CampaignCsv
{
    public static string Write(ServedModel model, IReadOnlyList<CustomerSegment> members, int top)
    {
        var text = new StringBuilder();
        text.Append("customer_id,recency,frequency,monetary,rfm_score,segment,cluster,cluster_label");
        for (var k = 1; k <= top; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $",product_{k},product_{k}_name");
        }
        text.Append('\n');
        var lists = members.AsParallel().AsOrdered()
            .Select(m => model.Recommend(new RecommendationQuery(m.Rfm.CustomerId, top, model.Recommender.Strategies[0], ExcludePurchased: true, Explain: false)))
            .ToList();
        for (var i = 0; i < members.Count; i++)
        {
            var (rfm, place) = (members[i].Rfm, members[i].Placement);
            text.AppendJoin(',', CsvText.Field(rfm.CustomerId), rfm.Recency.ToString(CultureInfo.InvariantCulture), rfm.Frequency.ToString(CultureInfo.InvariantCulture),
                Math.Round(rfm.Monetary, 2).ToString(CultureInfo.InvariantCulture), place.Scores.ToString(), CsvText.Field(place.Segment),
                place.Cluster.ToString(CultureInfo.InvariantCulture), CsvText.Field(place.ClusterLabel));
            var products = lists[i].Products;
            for (var k = 0; k < top; k++)
            {
                text.Append(',').Append(k < products.Count ? CsvText.Field(products[k].ProductId) : "").Append(',').Append(k < products.Count ? CsvText.Field(products[k].Name) : "");
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
