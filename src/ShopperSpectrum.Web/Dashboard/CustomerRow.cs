namespace ShopperSpectrum.Web.Dashboard;

/// <summary>One line of the customers table.</summary>
public sealed record CustomerRow(string CustomerId, int Recency, int Frequency, double Monetary, string Scores, string Segment, int Cluster, string ClusterLabel);

/// <summary>One page of the customers table and how many rows match in all.</summary>
public sealed record CustomerPage(IReadOnlyList<CustomerRow> Rows, int Total);

/// <summary>The columns the customers table sorts by.</summary>
public enum CustomerSort
{
    CustomerId,
    Recency,
    Frequency,
    Monetary,
}
