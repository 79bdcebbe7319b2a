namespace Crm.Modules.Sales.Domain;

/// <summary>One line of a purchase; SKU and category are copied so the line stays true if the catalog changes.</summary>
public sealed class PurchaseItem
{
    public Guid Id { get; set; }

    public Guid PurchaseId { get; set; }

    public Guid ProductId { get; set; }

    public string Sku { get; set; } = "";

    public string Category { get; set; } = "";

    public decimal Quantity { get; set; }

    public decimal UnitPrice { get; set; }
}
