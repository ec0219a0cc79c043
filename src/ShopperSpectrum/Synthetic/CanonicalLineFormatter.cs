namespace ShopperSpectrum.Synthetic;

/// <summary>
/// The canonical layout: UCI semantics (cancellations are "C" orders with negative quantities) plus product
/// attributes, with plain integer customer ids and two-decimal prices.
/// </summary>
internal sealed class CanonicalLineFormatter(Catalogue catalogue) : LineFormatter(catalogue)
{
    public const string HeaderRow = "order_id,customer_id,product_id,product_name,timestamp,quantity,unit_price,country,brand,product_line,product_class,product_size,product_type";

    public override string Header => HeaderRow;

    public override void Write(CsvBuffer buffer, in OrderLine line)
    {
        var product = Catalogue.Products[line.Product];
        if (line.IsCancellation)
        {
            buffer.Append('C');
        }

        buffer.Append(line.OrderNumber);
        buffer.AppendComma();
        if (!line.IsGuest)
        {
            buffer.Append(line.CustomerId);
        }

        buffer.AppendComma();
        buffer.Append(product.StockCode);
        buffer.AppendComma();
        buffer.Append(product.DescriptionCsv);
        buffer.AppendComma();
        buffer.Append(Date);
        buffer.Append(' ');
        buffer.AppendTime(line.SecondOfDay);
        buffer.AppendComma();
        buffer.Append(line.Quantity);
        buffer.AppendComma();
        buffer.AppendMoney(line.PriceCents);
        buffer.AppendComma();
        buffer.Append(Vocabulary.Countries[line.Country]);
        buffer.AppendComma();
        buffer.Append(product.BrandCsv);
        buffer.AppendComma();
        buffer.Append(product.ProductLine);
        buffer.AppendComma();
        buffer.Append(Vocabulary.ProductClasses[product.ClassIndex]);
        buffer.AppendComma();
        buffer.Append(product.ProductSize);
        buffer.AppendComma();
        buffer.Append(product.ProductType);
        buffer.EndLine();
    }
}
