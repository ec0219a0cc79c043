namespace ShopperSpectrum.Synthetic;

/// <summary>The UCI Online Retail layout: customer ids printed as floats, cancellations as "C" invoices.</summary>
internal sealed class UciLineFormatter(Catalogue catalogue) : LineFormatter(catalogue)
{
    public const string HeaderRow = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

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
        buffer.Append(product.StockCode);
        buffer.AppendComma();
        buffer.Append(product.DescriptionCsv);
        buffer.AppendComma();
        buffer.Append(line.Quantity);
        buffer.AppendComma();
        buffer.Append(Date);
        buffer.Append(' ');
        buffer.AppendTime(line.SecondOfDay);
        buffer.AppendComma();
        buffer.AppendFloatMoney(line.PriceCents);
        buffer.AppendComma();
        if (!line.IsGuest)
        {
            buffer.Append(line.CustomerId);
            buffer.Append(".0");
        }

        buffer.AppendComma();
        buffer.Append(Vocabulary.Countries[line.Country]);
        buffer.EndLine();
    }
}
