using Crm.Sdk.Contracts.Sales;

namespace Crm.Plugins.Tests.Catalog;

/// <summary>The stand-in catalog; compiled into the plugin and into the tests, so both name the same products.</summary>
public static class CatalogProducts
{
    public static readonly ProductSummary Coffee = new(new Guid("0193a000-0000-7000-8000-000000000001"), "Coffee beans 1 kg", "COF-1", "Food", 20.00m, "EUR", IsActive: true);
    public static readonly ProductSummary Grinder = new(new Guid("0193a000-0000-7000-8000-000000000002"), "Grinder", "GRD-1", "Equipment", 150.00m, "EUR", IsActive: true);
    public static readonly ProductSummary Retired = new(new Guid("0193a000-0000-7000-8000-000000000003"), "Old kettle", "KET-0", "Equipment", 30.00m, "EUR", IsActive: false);

    public static IReadOnlyList<ProductSummary> All { get; } = [Coffee, Grinder, Retired];
}
