namespace ShopperSpectrum.Synthetic;

/// <summary>
/// The Shopify "sales by order line" export. Shopify's sign convention: discounts and returns are written as
/// negative amounts, so net_sales = gross_sales + discounts + returns, total_sales = net_sales + taxes (20% VAT),
/// and net_quantity = ordered_item_quantity - returned_item_quantity. A zero or negative catalogue price (a dirty
/// line) appears as a free item: a 100% discount with net_sales 0.
/// </summary>
internal sealed class ShopifyLineFormatter(Catalogue catalogue) : LineFormatter(catalogue)
{
    public const string HeaderRow = "product_title,product_type,variant_title,variant_sku,variant_id,customer_id,order_id,day,net_quantity,gross_sales,discounts,returns,net_sales,taxes,total_sales,returned_item_quantity,ordered_item_quantity";

    public override string Header => HeaderRow;

    public override void Write(CsvBuffer buffer, in OrderLine line)
    {
        var product = Catalogue.Products[line.Product];
        var free = line.PriceCents <= 0;
        var gross = (long)line.Quantity * (free ? product.PriceCents : line.PriceCents);
        var discounts = free ? -gross : -((gross * line.DiscountPercent) + 50) / 100;
        var afterDiscount = gross + discounts;

        // A return refunds what was paid for the returned units; a full return nets the line to exactly zero.
        var returns = -((afterDiscount * line.ReturnedQuantity) + (line.Quantity / 2)) / line.Quantity;
        var net = afterDiscount + returns;
        var taxes = ((net * 20) + 50) / 100;

        buffer.Append(product.TitleCsv);
        buffer.AppendComma();
        buffer.Append(product.ProductType);
        buffer.AppendComma();
        buffer.Append(product.VariantTitle);
        buffer.AppendComma();
        buffer.Append(product.StockCode);
        buffer.AppendComma();
        buffer.Append(product.VariantId);
        buffer.AppendComma();
        if (!line.IsGuest)
        {
            buffer.Append(line.CustomerId);
        }

        buffer.AppendComma();
        buffer.Append(line.OrderNumber);
        buffer.AppendComma();
        buffer.Append(Date);
        buffer.AppendComma();
        buffer.Append(line.Quantity - line.ReturnedQuantity);
        buffer.AppendComma();
        buffer.AppendMoney(gross);
        buffer.AppendComma();
        buffer.AppendMoney(discounts);
        buffer.AppendComma();
        buffer.AppendMoney(returns);
        buffer.AppendComma();
        buffer.AppendMoney(net);
        buffer.AppendComma();
        buffer.AppendMoney(taxes);
        buffer.AppendComma();
        buffer.AppendMoney(net + taxes);
        buffer.AppendComma();
        buffer.Append(line.ReturnedQuantity);
        buffer.AppendComma();
        buffer.Append(line.Quantity);
        buffer.EndLine();
    }
}
