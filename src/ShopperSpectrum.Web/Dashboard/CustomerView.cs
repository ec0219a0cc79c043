using ShopperSpectrum.Segmentation;

namespace ShopperSpectrum.Web.Dashboard;

/// <summary>A known customer as the customer page shows them: RFM, placement and what they bought.</summary>
public sealed record CustomerView(int ModelVersion, CustomerRfm Rfm, CustomerPlacement Placement, IReadOnlyList<PurchaseLine> History);

/// <summary>One product a customer bought: in how many orders, how many units, and when last.</summary>
public sealed record PurchaseLine(string ProductId, string Name, int Orders, double Units, DateTime LastBought);

/// <summary>A recommended product with its score and the reason a person can read.</summary>
public sealed record RecommendationRow(string ProductId, string Name, double Score, string Reason);

/// <summary>How the customer page ranks: one strategy of the model, or a blend of two with a weight on the first.</summary>
public sealed record RecommendationChoice(string Strategy, string? BlendWith = null, double Weight = 1)
{
    public const int Top = 10;
}
