using Autofac;
using Crm.Modules.Sales.Handlers;
using Crm.Modules.Sales.Seeding;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts.Seeding;
using MediatR;

namespace Crm.Modules.Sales;

/// <summary>The module's use cases and message handlers, registered in its own scope (storage is registered beside them).</summary>
internal static class SalesServices
{
    public static void Register(ContainerBuilder builder)
    {
        builder.RegisterType<DefineFunnel>().InstancePerLifetimeScope();
        builder.RegisterType<DefineCatalog>().InstancePerLifetimeScope();
        builder.RegisterType<OpenOpportunity>().InstancePerLifetimeScope();
        builder.RegisterType<MoveOpportunity>().InstancePerLifetimeScope();
        builder.RegisterType<AutomaticRules>().InstancePerLifetimeScope();
        builder.RegisterType<RecordPurchase>().InstancePerLifetimeScope();
        builder.RegisterType<ManageLeads>().InstancePerLifetimeScope();
        builder.RegisterType<BuildFunnelReport>().InstancePerLifetimeScope();
        builder.RegisterType<Refusals>().InstancePerLifetimeScope();
        // One scan per handler kind: Autofac's AsClosedTypesOf also filters, so chaining two would match nothing.
        var handlers = typeof(SalesServices).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(GetProductsHandler).Namespace && !t.IsAbstract)
            .ToArray();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerLifetimeScope();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerLifetimeScope();
        builder.RegisterType<SeedDemoSalesHandler>().As<INotificationHandler<SeedDemoData>>().InstancePerLifetimeScope();
        builder.RegisterType<SeedLoadSalesHandler>().As<INotificationHandler<SeedLoadData>>().InstancePerLifetimeScope();
    }
}
