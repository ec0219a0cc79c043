using ShopperSpectrum.Segmentation;
using static ShopperSpectrum.Reporting.NumberText;

namespace ShopperSpectrum.Reporting.Sections;

/// <summary>What to do next with each named RFM segment, with the segment's own numbers in the advice.</summary>
internal static class SegmentPlaybook
{
    private static readonly Dictionary<string, Func<SegmentSummary, string>> Plays = new(StringComparer.Ordinal)
    {
        ["Champions"] = s => $"Reward them: early access to new products, a loyalty tier, a request for reviews and referrals. No discounts needed: they order {Fixed(s.Frequency, 1)} times on average.",
        ["Loyal Customers"] = s => $"Upsell higher-value products and recommend what similar customers bought; invite the {Integer(s.Customers)} of them into a loyalty programme.",
        ["Potential Loyalists"] = s => $"Turn recent buyers into regulars: membership offers and recommendations of related products while their last order ({Integer(s.Recency)} days ago on average) is fresh.",
        ["New Customers"] = s => $"Onboarding: a welcome series and a second-order incentive within weeks; they placed {Fixed(s.Frequency, 1)} order(s) on average so far.",
        ["Promising"] = s => $"Build the relationship: useful content and a small offer on the next order to raise their {Integer(s.Monetary)} spend.",
        ["Need Attention"] = s => $"Limited-time offers based on past purchases before they slip; last order {Integer(s.Recency)} days ago on average.",
        ["About to Sleep"] = s => $"Reactivate now with best sellers and a modest discount: {Integer(s.Customers)} customers, last order {Integer(s.Recency)} days ago on average.",
        ["At Risk"] = s => $"Win-back campaign: personalised e-mails with recommendations and a time-limited offer; they used to order {Fixed(s.Frequency, 1)} times and spend {Integer(s.Monetary)} each.",
        ["Can't Lose Them"] = s => $"Win them back personally (phone or a personal e-mail): they spent {Integer(s.Monetary)} each over {Fixed(s.Frequency, 1)} orders; ask what went wrong and offer what is new.",
        ["Hibernating"] = s => "Low-cost reactivation: other relevant products and a special discount in the regular newsletter; no expensive campaigns.",
        ["Lost"] = s => $"One low-cost reach-out campaign at most; otherwise spend nothing on them (last order {Integer(s.Recency)} days ago on average).",
    };

    /// <summary>The advice for a segment; segments of a custom map get advice from where their recency and frequency stand against the whole shop.</summary>
    public static string For(SegmentSummary segment, double shopRecency, double shopFrequency)
    {
        if (Plays.TryGetValue(segment.Name, out var play))
        {
            return play(segment);
        }
        var (recent, frequent) = (segment.Recency <= shopRecency, segment.Frequency >= shopFrequency);
        return (recent, frequent) switch
        {
            (true, true) => "Reward and retain: loyalty benefits and early access; they buy recently and often.",
            (true, false) => "Nurture the next order: a welcome or follow-up series with recommendations.",
            (false, true) => "Win back: a personalised offer; they used to buy often but have gone quiet.",
            _ => "Low-cost reactivation, or let them go.",
        };
    }
}
