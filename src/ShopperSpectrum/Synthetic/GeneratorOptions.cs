namespace ShopperSpectrum.Synthetic;

/// <summary>What <see cref="TransactionGenerator"/> writes; the same options always give byte-identical output.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The number of data lines written below the header.</summary>
    public long Lines { get; init; } = 100_000;

    /// <summary>The seed every random choice derives from.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The CSV layout to write.</summary>
    public TransactionLayout Layout { get; init; } = TransactionLayout.Uci;

    /// <summary>The number of distinct customers; null derives it from <see cref="Lines"/> (about one per 25 lines).</summary>
    public int? Customers { get; init; }

    /// <summary>The catalogue size; null derives it from <see cref="Lines"/> (up to 4,000, growing past 400,000 lines).</summary>
    public int? Products { get; init; }

    /// <summary>The first calendar day of the generated period; its time of day is ignored.</summary>
    public DateTime Start { get; init; } = new(2023, 1, 1);

    /// <summary>The length of the generated period in days.</summary>
    public int Days { get; init; } = 365;

    /// <summary>The approximate fraction of lines that are dirty: no customer, bad price, duplicate or cancellation/return.</summary>
    public double DirtyFraction { get; init; } = 0.02;

    /// <summary>The customer count used: <see cref="Customers"/> or the default derived from <see cref="Lines"/>.</summary>
    public int ResolvedCustomers => Customers ?? (int)Math.Clamp(Lines / 25, 10, 3_000_000);

    /// <summary>The catalogue size used: <see cref="Products"/> or the default derived from <see cref="Lines"/>.</summary>
    public int ResolvedProducts => Products ?? (int)(Lines <= 400_000
        ? Math.Clamp(Lines / 100, 50, 4_000)
        : Math.Min(4_000 + ((Lines - 400_000) / 1_000), 250_000));

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Lines, 1L, nameof(Lines));
        ArgumentOutOfRangeException.ThrowIfLessThan(Days, 1, nameof(Days));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Days, 36_500, nameof(Days));
        ArgumentOutOfRangeException.ThrowIfLessThan(ResolvedCustomers, 1, nameof(Customers));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ResolvedCustomers, 50_000_000, nameof(Customers));
        ArgumentOutOfRangeException.ThrowIfLessThan(ResolvedProducts, 10, nameof(Products));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ResolvedProducts, 899_999, nameof(Products));
        ArgumentOutOfRangeException.ThrowIfLessThan(DirtyFraction, 0.0, nameof(DirtyFraction));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DirtyFraction, 0.5, nameof(DirtyFraction));
        if (!Enum.IsDefined(Layout))
        {
            throw new ArgumentOutOfRangeException(nameof(Layout), Layout, "Unknown transaction layout.");
        }

        if (Start.Date.AddDays(Days) > DateTime.MaxValue.Date)
        {
            throw new ArgumentOutOfRangeException(nameof(Start), Start, "The period runs past the last representable day.");
        }
    }
}
