namespace Crm.Sdk.Contracts.Sales;

/// <summary>One line of a purchase or of a price quote.</summary>
/// <param name="ProductId">The product of the sales catalog.</param>
/// <param name="Sku">The product's stock-keeping unit, as it was when bought.</param>
/// <param name="Category">The product's category, as it was when bought.</param>
/// <param name="Quantity">How many (positive).</param>
/// <param name="UnitPrice">The price of one, before any discount.</param>
public sealed record PurchaseLine(Guid ProductId, string Sku, string Category, decimal Quantity, decimal UnitPrice)
{
    /// <summary>Quantity times unit price.</summary>
    public decimal Amount => Quantity * UnitPrice;
}
