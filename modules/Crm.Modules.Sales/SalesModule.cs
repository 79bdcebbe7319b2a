using Autofac;
using Crm.Modules.Sales;
using Crm.Modules.Sales.GraphQL;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;

[assembly: CrmModule(typeof(SalesModule))]

namespace Crm.Modules.Sales;

/// <summary>
/// <c>crm.sales</c>: leads, opportunities moving through admin-defined funnels (with automatic rules), refusals
/// kept with their reasons, a product catalog, purchases that land in the timeline, and the funnel report.
/// </summary>
public sealed class SalesModule : ICrmModule
{
    public const string Id = "crm.sales";

    public const string Read = "sales.read";

    public const string Write = "sales.write";

    public const string Admin = "sales.admin";

    public ModuleManifest Manifest { get; } = new(Id, "Sales", new SemanticVersion(1, 0, 0),
        "Leads, opportunities in configurable funnels, refusals by reason, products, purchases and the funnel report.",
        [new ModuleDependency("crm.customers"), new ModuleDependency("crm.interactions")]);

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(Read, "See leads, opportunities, refusals, purchases, the catalogs and the funnel report."),
        new(Write, "Capture and qualify leads, open and move opportunities, record purchases."),
        new(Admin, "Define funnels and their rules, the loss reasons catalog and the product catalog."),
    ];

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<SalesDbContext>(Manifest.Id);
        SalesServices.Register(builder);
    }

    public void ConfigureSchema(ISchemaBuilder schema) => SalesSchema.Configure(schema);
}
