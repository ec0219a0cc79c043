namespace ShopperSpectrum.Workspace;

/// <summary>The SQL for a line's net revenue: net sales where the source records them, else quantity × unit price.</summary>
internal static class LineRevenue
{
    public const string Sql = "coalesce(net_sales, quantity * unit_price)";
}
