namespace ShopperSpectrum.Synthetic;

/// <summary>
/// Exp and Log from IEEE basic operations only, because <see cref="Math.Exp"/> and <see cref="Math.Log(double)"/> may differ
/// in the last bit between platforms and the generator promises identical bytes everywhere.
/// </summary>
internal static class DeterministicMath
{
    private const double Ln2 = 0.6931471805599453;

    public static double Exp(double x)
    {
        var k = Math.Round(x / Ln2);
        var r = x - (k * Ln2);
        double term = 1;
        double sum = 1;
        for (var n = 1; n <= 18; n++)
        {
            term = term * r / n;
            sum += term;
        }

        return Math.ScaleB(sum, (int)k);
    }

    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var mantissa = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (mantissa > 1.4142135623730951)
        {
            mantissa /= 2;
            exponent++;
        }

        // log(m) = 2 atanh((m - 1) / (m + 1)); |t| < 0.18 so the odd series converges in a few terms.
        var t = (mantissa - 1) / (mantissa + 1);
        var t2 = t * t;
        var power = t;
        double sum = 0;
        for (var n = 1; n <= 31; n += 2)
        {
            sum += power / n;
            power *= t2;
        }

        return (2 * sum) + (exponent * Ln2);
    }

    /// <summary>An approximately standard normal deviate: the Irwin-Hall sum of 12 uniforms, free of transcendental functions.</summary>
    public static double Normal(Rng rng)
    {
        double sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += rng.NextDouble();
        }

        return sum - 6;
    }
}
