namespace Crm.Modules.Sales.Domain;

/// <summary>A catalog item: name, unique SKU, list price and category.</summary>
public sealed class Product
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Sku { get; set; } = "";

    public decimal Price { get; set; }

    public string Currency { get; set; } = "";

    public string Category { get; set; } = "";

    public bool IsActive { get; set; } = true;
}
