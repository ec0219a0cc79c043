namespace ShopperSpectrum.Tests.Recommendation;

/// <summary>Equality within an absolute tolerance, for comparing float scores with hand-computed doubles.</summary>
internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
