using System.Globalization;

namespace ShopperSpectrum.Synthetic;

/// <summary>Builds a catalogue: themes, product families with colour variants, UCI-like stock codes, log-normal prices.</summary>
internal static class CatalogueBuilder
{
    private const double ZipfExponent = 1.15;
    private static readonly double[] MedianPrice = [0.85, 2.95, 8.95];

    // Probabilities of low, medium and high class per product line: Standard, Premium, Seasonal, Essentials.
    private static readonly CumulativeSampler[] ClassSamplers =
        [new([0.4, 0.45, 0.15]), new([0.15, 0.45, 0.4]), new([0.45, 0.4, 0.15]), new([0.6, 0.3, 0.1])];

    public static Catalogue Build(int productCount, Rng rng)
    {
        var themes = BuildThemes(Math.Max(4, productCount / 25), rng);
        var products = new List<Product>(productCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        // A family has at least one product, so fewer products than codes guarantees unique stock codes.
        var codeRange = productCount < 90_000 ? 90_000 : 900_000;
        var codeStart = codeRange == 90_000 ? 10_000 : 100_000;
        var codeStep = CoprimeStep(codeRange, rng);
        var codeOffset = rng.Next(codeRange);
        for (var family = 0; products.Count < productCount; family++)
        {
            var themeIndex = family % themes.Length;
            var theme = themes[themeIndex];
            var item = PickItem(theme, family, names, rng);
            var variants = rng.Chance(0.55) ? 1 : 2 + rng.Next(3);
            variants = Math.Min(variants, productCount - products.Count);
            var baseCode = codeStart + (int)(((long)family * codeStep + codeOffset) % codeRange);
            var lineIndex = Array.IndexOf(Vocabulary.ProductLines, theme.ProductLine);
            var classIndex = ClassSamplers[lineIndex].Sample(rng);
            var price = Price(classIndex, item.Size, rng);
            var familyName = theme.Motif + " " + item.Noun;
            var colours = PickColours(theme, variants, rng);
            for (var v = 0; v < variants; v++)
            {
                var colour = colours[v];
                var description = colour.Length == 0 ? familyName : colour + " " + familyName;
                var code = variants == 1
                    ? baseCode.ToString(CultureInfo.InvariantCulture)
                    : baseCode.ToString(CultureInfo.InvariantCulture) + (char)('A' + v);
                products.Add(new Product
                {
                    StockCode = code,
                    Description = description,
                    DescriptionCsv = Csv.Escape(description),
                    TitleCsv = Csv.Escape(TitleCase(familyName)),
                    VariantTitle = colour.Length == 0 ? "Default Title" : TitleCase(colour),
                    VariantId = 39_000_000_000_000L + (products.Count * 7919L),
                    Brand = theme.Brand,
                    BrandCsv = Csv.Escape(theme.Brand),
                    ProductLine = theme.ProductLine,
                    ClassIndex = classIndex,
                    QuantityClass = Math.Min(2, classIndex + (item.Size == "large" ? 1 : 0)),
                    ProductSize = item.Size,
                    ProductType = item.ProductType,
                    Theme = themeIndex,
                    PriceCents = price,
                    BulkPriceCents = Math.Max(1, (int)Math.Round(price * 0.85)),
                });
            }
        }

        return new Catalogue([.. products], themes, Popularity(products.Count, rng));
    }

    private static Theme[] BuildThemes(int count, Rng rng)
    {
        var motifs = Vocabulary.Motifs;
        var themes = new Theme[count];
        for (var t = 0; t < count; t++)
        {
            var motif = motifs[t % motifs.Length];
            var style = Vocabulary.Styles[(t / motifs.Length) % Vocabulary.Styles.Length];
            var seasonal = Vocabulary.SeasonalMotifs.Contains(motif);
            var line = seasonal ? "Seasonal" : Vocabulary.ProductLines[rng.Next(Vocabulary.ProductLines.Length)];
            var types = new string[3];
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = Vocabulary.ProductTypes[rng.Next(Vocabulary.ProductTypes.Length)];
            }

            var palette = new string[3];
            for (var i = 0; i < palette.Length; i++)
            {
                palette[i] = Vocabulary.Colours[rng.Next(Vocabulary.Colours.Length)];
            }

            var name = style.Length == 0 ? motif : style + " " + motif;
            themes[t] = new Theme(name, Vocabulary.Brands[rng.Next(Vocabulary.Brands.Length)], line, types, palette, seasonal);
        }

        return themes;
    }

    private static ItemKind PickItem(Theme theme, int family, HashSet<string> names, Rng rng)
    {
        for (var attempt = 0; attempt < 12; attempt++)
        {
            // Mostly the theme's own product types, so a theme reads as a coherent collection.
            var type = attempt < 8 ? theme.ProductTypes[rng.Next(theme.ProductTypes.Length)] : null;
            var candidates = Vocabulary.Items.Where(i => type is null || i.ProductType == type).ToArray();
            var item = candidates[rng.Next(candidates.Length)];
            if (names.Add(theme.Motif + " " + item.Noun))
            {
                return item;
            }
        }

        // A saturated theme gets numbered designs rather than duplicate names.
        var fallback = Vocabulary.Items[rng.Next(Vocabulary.Items.Length)];
        var noun = fallback.Noun + " DESIGN " + family.ToString(CultureInfo.InvariantCulture);
        names.Add(theme.Motif + " " + noun);
        return fallback with { Noun = noun };
    }

    private static string[] PickColours(Theme theme, int variants, Rng rng)
    {
        if (variants == 1)
        {
            return [rng.Chance(0.5) ? theme.Palette[rng.Next(theme.Palette.Length)] : string.Empty];
        }

        // The theme's palette first, then the rest of the colour wheel from a random point.
        var start = rng.Next(Vocabulary.Colours.Length);
        var wheel = Enumerable.Range(0, Vocabulary.Colours.Length).Select(i => Vocabulary.Colours[(start + i) % Vocabulary.Colours.Length]);
        return [.. theme.Palette.Concat(wheel).Distinct(StringComparer.Ordinal).Take(variants)];
    }

    private static int Price(int classIndex, string size, Rng rng)
    {
        var sizeFactor = size switch { "small" => 0.8, "large" => 1.7, _ => 1.0 };
        var price = MedianPrice[classIndex] * sizeFactor * DeterministicMath.Exp(0.35 * DeterministicMath.Normal(rng));
        var cents = price < 1 ? Math.Round(price * 100) : Math.Round(price * 20) * 5;
        return Math.Max(5, (int)cents);
    }

    private static double[] Popularity(int count, Rng rng)
    {
        var ranks = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (ranks[i], ranks[j]) = (ranks[j], ranks[i]);
        }

        return [.. ranks.Select(r => DeterministicMath.Exp(-ZipfExponent * DeterministicMath.Log(r + 1.0)))];
    }

    private static int CoprimeStep(int range, Rng rng)
    {
        // range is 9 * 10^k, so any step coprime to 2, 3 and 5 visits every code exactly once.
        while (true)
        {
            var step = 7_919 + rng.Next(range / 2);
            if (step % 2 != 0 && step % 3 != 0 && step % 5 != 0)
            {
                return step;
            }
        }
    }

    private static string TitleCase(string upper)
    {
        var chars = upper.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] == ' ')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
