namespace Crm.Sdk.Contracts.Sales;

/// <summary>A product of the sales catalog, as other modules see it.</summary>
/// <param name="Id">The product id.</param>
/// <param name="Name">Shown to people.</param>
/// <param name="Sku">The stock-keeping unit, unique in the catalog.</param>
/// <param name="Category">The catalog category.</param>
/// <param name="Price">The list price of one.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Price"/>.</param>
/// <param name="IsActive">False for a product taken out of the catalog.</param>
public sealed record ProductSummary(Guid Id, string Name, string Sku, string Category, decimal Price, string Currency, bool IsActive);
