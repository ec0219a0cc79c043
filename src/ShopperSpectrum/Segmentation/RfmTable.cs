namespace ShopperSpectrum.Segmentation;

/// <summary>RFM for every customer as of one date, ordered by customer id (ordinal).</summary>
public sealed record RfmTable(DateTime AsOf, IReadOnlyList<CustomerRfm> Customers)
{
    /// <summary>The customers' R, F, M as a row-major n×3 matrix, the shape the clustering takes.</summary>
    public double[] ToMatrix()
    {
        var matrix = new double[Customers.Count * 3];
        for (var i = 0; i < Customers.Count; i++)
        {
            matrix[3 * i] = Customers[i].Recency;
            matrix[(3 * i) + 1] = Customers[i].Frequency;
            matrix[(3 * i) + 2] = Customers[i].Monetary;
        }
        return matrix;
    }
}
