using Autofac;
using Crm.Plugins.Loyalty;
using Crm.Plugins.Loyalty.GraphQL;
using Crm.Plugins.Loyalty.Handlers;
using Crm.Plugins.Loyalty.Storage;
using Crm.Plugins.Loyalty.UseCases;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using MediatR;

[assembly: CrmModule(typeof(LoyaltyModule))]

namespace Crm.Plugins.Loyalty;

/// <summary>
/// <c>crm.loyalty</c>: the company's programme. Points earned on purchases (from crm.sales' PurchaseRecorded, once per
/// purchase) and spent, personal discounts, discount cards, limited promo codes, and price quotes that say why.
/// Prices come from crm.sales through GetProducts; without it quotes answer PRICES_UNAVAILABLE.
/// </summary>
public sealed class LoyaltyModule : ICrmModule
{
    public const string Id = "crm.loyalty";

    public ModuleManifest Manifest { get; } = new(Id, "Loyalty", new SemanticVersion(1, 0, 0),
        "Points, personal discounts, discount cards, promo codes and price quotes with every discount explained.",
        [new ModuleDependency("crm.customers")]);

    public IReadOnlyList<PermissionDefinition> Permissions => LoyaltyPermissions.All;

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<LoyaltyDbContext>(Manifest.Id);
        builder.RegisterType<QuotePrice>().InstancePerLifetimeScope();
        builder.RegisterType<PointsLedger>().InstancePerLifetimeScope();
        builder.RegisterType<ManageDiscounts>().InstancePerLifetimeScope();
        builder.RegisterType<CreatePromoCode>().InstancePerLifetimeScope();
        builder.RegisterType<LoyaltyQueries>().InstancePerLifetimeScope();
        builder.RegisterType<EarnPointsOnPurchase>().As<INotificationHandler<PurchaseRecorded>>().InstancePerLifetimeScope();
    }

    public void ConfigureSchema(ISchemaBuilder schema) => LoyaltySchema.Configure(schema);
}
