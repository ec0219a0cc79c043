namespace ShopperSpectrum.Synthetic;

/// <summary>
/// Walks the calendar day by day, spending each day's share of the line budget on orders in increasing time, and
/// writes every line through the layout's formatter: the whole run holds only the catalogue and customer lists.
/// </summary>
internal sealed class TransactionSimulator
{
    private const int OpeningSecond = (7 * 3600) + (30 * 60);
    private const int ClosingSecond = (20 * 3600) + (30 * 60);
    private const long FirstOrderNumber = 536_365;
    private const double MeanCancellationLines = 1.45;

    private static readonly CustomerProfile[] Profiles = CustomerProfile.All;

    private readonly GeneratorOptions options;
    private readonly ulong seed;
    private readonly Rng rng;
    private readonly Catalogue catalogue;
    private readonly CustomerBase customers;
    private readonly LineFormatter formatter;
    private readonly CsvBuffer buffer;
    private readonly CumulativeSampler countrySampler = new(Vocabulary.CountryWeights);
    private readonly RecentLines recent = new();
    private readonly bool returnsInline;
    private readonly double[] orderShares;
    private readonly double[] activityNormalizers;
    private readonly double meanBasket;
    private readonly double guestOrderProbability;
    private readonly double cancellationProbability;
    private readonly double lineDirtProbability;
    private readonly BasketBuilder basket;
    private readonly double[] typeWeights = new double[Profiles.Length];
    private readonly int[] activeCounts = new int[Profiles.Length];
    private double typeWeightTotal;
    private long written;
    private long nextOrderNumber = FirstOrderNumber;
    private OrderLine line;

    public TransactionSimulator(
        GeneratorOptions options, ulong seed, Catalogue catalogue, CustomerBase customers, LineFormatter formatter, CsvBuffer buffer)
    {
        this.options = options;
        this.seed = seed;
        this.catalogue = catalogue;
        this.customers = customers;
        this.formatter = formatter;
        this.buffer = buffer;
        rng = new Rng(seed);
        basket = new BasketBuilder(catalogue, seed, rng);
        returnsInline = options.Layout == TransactionLayout.Shopify;
        orderShares = OrderShares(options, customers);
        activityNormalizers = ActivityNormalizers(options, customers);
        meanBasket = Enumerable.Range(0, Profiles.Length).Sum(t => orderShares[t] * Profiles[t].BasketMean);

        // The dirty budget: 40% guest lines, 30% cancellations or returns, 15% duplicates, 15% bad prices.
        var dirty = options.DirtyFraction;
        guestOrderProbability = Math.Min(0.9, 0.40 * dirty * meanBasket / CustomerProfile.Guest.BasketMean);
        cancellationProbability = returnsInline ? 0 : Math.Min(0.5, 0.30 * dirty * meanBasket / MeanCancellationLines);
        lineDirtProbability = 0.15 * dirty;
    }

    public void Run()
    {
        var start = options.Start.Date;
        double totalWeight = 0;
        for (var d = 0; d < options.Days; d++)
        {
            totalWeight += Seasonality.DayWeight(start.AddDays(d));
        }

        double cumulativeWeight = 0;
        for (var d = 0; d < options.Days && written < options.Lines; d++)
        {
            var date = start.AddDays(d);
            cumulativeWeight += Seasonality.DayWeight(date);
            var target = d == options.Days - 1
                ? options.Lines
                : Math.Min(options.Lines, (long)Math.Round(options.Lines * (cumulativeWeight / totalWeight)));
            if (written < target)
            {
                RunDay(d, date, target);
            }
        }
    }

    private static double[] OrderShares(GeneratorOptions options, CustomerBase customers)
    {
        var regular = Profiles.Where(p => p.Type != CustomerType.OneTime).ToArray();
        var regularBasket = regular.Sum(p => p.OrderShare * p.BasketMean) / regular.Sum(p => p.OrderShare);
        var estimatedOrders = Math.Max(1.0, options.Lines * (1 - options.DirtyFraction) / regularBasket);

        // One-time customers get just enough orders that nearly all of them buy exactly once.
        var oneTime = Math.Min(0.35, 0.9 * customers.Count(CustomerType.OneTime) / estimatedOrders);
        var regularTotal = regular.Sum(p => p.OrderShare);
        return [.. Profiles.Select(p => p.Type == CustomerType.OneTime ? oneTime : p.OrderShare * (1 - oneTime) / regularTotal)];
    }

    /// <summary>
    /// Each type's season-weighted number of active customers, so a type's share of orders holds even when its
    /// customers are active only part of the period.
    /// </summary>
    private static double[] ActivityNormalizers(GeneratorOptions options, CustomerBase customers)
    {
        var sums = new double[Profiles.Length];
        double totalWeight = 0;
        for (var d = 0; d < options.Days; d++)
        {
            var weight = Seasonality.DayWeight(options.Start.Date.AddDays(d));
            totalWeight += weight;
            for (var t = 0; t < Profiles.Length; t++)
            {
                sums[t] += weight * customers.ActiveCount((CustomerType)t, d);
            }
        }

        return [.. sums.Select(s => s / totalWeight)];
    }

    private void RunDay(int day, DateTime date, long target)
    {
        formatter.BeginDay(date);
        typeWeightTotal = 0;
        for (var t = 0; t < Profiles.Length; t++)
        {
            var active = customers.ActiveCount((CustomerType)t, day);
            activeCounts[t] = active;
            typeWeights[t] = active == 0 ? 0 : orderShares[t] * active / activityNormalizers[t];
            typeWeightTotal += typeWeights[t];
        }

        double clock = OpeningSecond;
        while (written < target)
        {
            // Spread the orders still expected today over the time left, so the day fills evenly up to closing.
            var ordersLeft = (target - written) / meanBasket;
            clock += (ClosingSecond - clock) / (Math.Max(1, ordersLeft) + 1) * (0.5 + rng.NextDouble());
            var second = Math.Min(ClosingSecond, (int)clock);
            if (cancellationProbability > 0 && recent.Count > 0 && rng.Chance(cancellationProbability))
            {
                WriteCancellation(second);
            }
            else
            {
                WriteOrder(second, date.Month);
            }
        }
    }

    private void WriteOrder(int second, int month)
    {
        var guest = typeWeightTotal <= 0 || rng.Chance(guestOrderProbability);
        CustomerProfile profile;
        if (guest)
        {
            profile = CustomerProfile.Guest;
            line.CustomerId = 0;
            line.Country = countrySampler.Sample(rng);
        }
        else
        {
            var type = PickType();
            profile = Profiles[type];
            var customer = customers.Pick((CustomerType)type, activeCounts[type], rng);
            line.CustomerId = CustomerBase.FirstId + customer;
            line.Country = countrySampler.Sample(Rng.HashUnit(seed, customer, 99));
            basket.LoadFavourites(customer);
        }

        line.OrderNumber = nextOrderNumber++;
        line.IsCancellation = false;
        line.SecondOfDay = second;
        line.DiscountPercent = rng.Chance(0.08) ? (rng.Chance(0.6) ? 10 : 15) : 0;
        basket.Begin(guest ? 0 : profile.RebuyProbability, guest, Seasonality.ChristmasShare(month));
        var size = (int)Math.Min(BasketSize(profile.BasketMean), options.Lines - written);
        for (var i = 0; i < size && written < options.Lines; i++)
        {
            WriteOrderLine(basket.Next(), profile, guest);
        }
    }

    private void WriteOrderLine(int product, CustomerProfile profile, bool guest)
    {
        var item = catalogue.Products[product];
        var quantity = QuantityTable.Sample(item.QuantityClass, rng);
        if (rng.Chance(profile.WholesaleProbability))
        {
            quantity *= 2;
        }

        var price = quantity >= QuantityTable.BulkQuantity ? item.BulkPriceCents : item.PriceCents;
        if (rng.Chance(lineDirtProbability))
        {
            price = rng.Chance(0.8) ? 0 : -price;
        }

        line.Product = product;
        line.Quantity = quantity;
        line.PriceCents = price;
        line.ReturnedQuantity = returnsInline && rng.Chance(2 * lineDirtProbability)
            ? (rng.Chance(0.4) ? quantity : 1 + rng.Next(quantity))
            : 0;
        Emit();
        if (!guest && rng.Chance(0.25))
        {
            recent.Add(line);
        }

        if (written < options.Lines && rng.Chance(lineDirtProbability))
        {
            Emit();
        }
    }

    /// <summary>A "C" invoice reversing one to three lines of an earlier order of the same customer.</summary>
    private void WriteCancellation(int second)
    {
        var index = recent.RandomIndex(rng);
        line = recent.At(index, 0);
        var originalOrder = line.OrderNumber;
        line.OrderNumber = nextOrderNumber++;
        line.IsCancellation = true;
        line.SecondOfDay = second;
        line.ReturnedQuantity = 0;
        var count = rng.Chance(0.3) ? 2 + rng.Next(2) : 1;
        for (var k = 0; k < count && written < options.Lines; k++)
        {
            ref readonly var source = ref recent.At(index, k);
            if (source.OrderNumber != originalOrder)
            {
                break;
            }

            line.Product = source.Product;
            line.PriceCents = source.PriceCents;
            line.Quantity = -(rng.Chance(0.7) ? source.Quantity : 1 + rng.Next(source.Quantity));
            Emit();
        }
    }

    private int PickType()
    {
        var target = rng.NextDouble() * typeWeightTotal;
        for (var t = 0; t < typeWeights.Length - 1; t++)
        {
            target -= typeWeights[t];
            if (target < 0 && typeWeights[t] > 0)
            {
                return t;
            }
        }

        // Rounding can leave a sliver of the total: give it to the last type with any weight.
        for (var t = typeWeights.Length - 1; t >= 0; t--)
        {
            if (typeWeights[t] > 0)
            {
                return t;
            }
        }

        return 0;
    }

    private int BasketSize(double mean)
    {
        // A gamma(2) shape: fewer single-line orders than an exponential, with a long tail of large ones.
        var draw = -(mean - 1) / 2 * (DeterministicMath.Log(1 - rng.NextDouble()) + DeterministicMath.Log(1 - rng.NextDouble()));
        return 1 + (int)Math.Min(BasketBuilder.Capacity - 1, draw);
    }

    private void Emit()
    {
        formatter.Write(buffer, line);
        written++;
    }
}
