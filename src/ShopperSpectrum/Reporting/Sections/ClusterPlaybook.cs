namespace ShopperSpectrum.Reporting.Sections;

/// <summary>What each kind of cluster <see cref="Segmentation.ClusterLabeler"/> names means for targeted campaigns, retention and inventory.</summary>
internal static class ClusterPlaybook
{
    public sealed record Play(string Campaigns, string Retention, string Inventory);

    private static readonly Dictionary<string, Play> Plays = new(StringComparer.Ordinal)
    {
        ["High-Value"] = new(
            "Targeted campaigns: early access to new ranges and a loyalty tier rather than blanket discounts, which they do not need.",
            "Retention: watch the gap between their orders; a personal contact when one of them goes quiet.",
            "Inventory: their repeat products are the ones never to run out of."),
        ["Loyal"] = new(
            "Targeted campaigns: loyalty rewards and referral offers; cross-sell from the recommender's \"bought with\" lists.",
            "Retention: thank-you offers at their usual reorder interval.",
            "Inventory: steady, predictable demand: plan stock on their purchase cycle."),
        ["Regular"] = new(
            "Targeted campaigns: bundles and cross-sell to raise basket size; invite the best of them into a loyalty tier.",
            "Retention: reminders timed to their usual interval between orders.",
            "Inventory: the core range: forecast on their steady demand."),
        ["Occasional"] = new(
            "Targeted campaigns: seasonal and event campaigns with the products that are popular right now.",
            "Retention: an incentive for the next order while the last one is recent.",
            "Inventory: little forward stock for them; promote what is already in stock."),
        ["At-Risk"] = new(
            "Targeted campaigns: a win-back series with personalised recommendations and a time-limited offer.",
            "Retention: this is the cluster to retain: ask why they stopped, and measure the win-back rate.",
            "Inventory: do not plan stock on their past volume."),
        ["Lapsed High-Value"] = new(
            "Targeted campaigns: a personal win-back by e-mail or phone: each of them used to spend a lot.",
            "Retention: the costliest loss: find out what changed (price, range, service).",
            "Inventory: check whether products they relied on were discontinued or out of stock."),
        ["Lost"] = new(
            "Targeted campaigns: low-cost reactivation only (a newsletter, a general sale); no expensive offers.",
            "Retention: learn from them: what did they buy before they left?",
            "Inventory: no demand to plan for."),
        ["New Customers"] = new(
            "Targeted campaigns: a welcome series and a second-order incentive; recommend best sellers.",
            "Retention: the second order is the hurdle: follow up within weeks, not months.",
            "Inventory: keep the entry products they start with in stock."),
        ["Low-Spend"] = new(
            "Targeted campaigns: bundles and free-delivery thresholds to lift the order value.",
            "Retention: low-cost automated reminders.",
            "Inventory: cheaper lines and multi-packs."),
        ["Infrequent"] = new(
            "Targeted campaigns: reminder campaigns at the times of year they buy.",
            "Retention: a reason to come back between their rare orders.",
            "Inventory: seasonal peaks rather than steady demand."),
    };

    private static readonly Play Everyone = new(
        "Targeted campaigns: one shop-wide campaign; too few customers to split.",
        "Retention: follow up each customer's last order.",
        "Inventory: stock the best sellers.");

    /// <summary>The play for a cluster label; numbered repeats ("Regular 2") take their base label's play.</summary>
    public static Play For(string label)
    {
        var space = label.LastIndexOf(' ');
        var baseLabel = space > 0 && int.TryParse(label.AsSpan(space + 1), out _) ? label[..space] : label;
        return Plays.GetValueOrDefault(baseLabel, Everyone);
    }
}
