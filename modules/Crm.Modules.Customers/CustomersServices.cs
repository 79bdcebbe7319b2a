using Autofac;
using Crm.Modules.Customers.Handlers;
using Crm.Modules.Customers.Seeding;
using Crm.Sdk.Contracts.Seeding;
using Crm.Modules.Customers.UseCases;
using MediatR;

namespace Crm.Modules.Customers;

/// <summary>The module's use cases and message handlers, registered in its own scope (storage is registered beside them).</summary>
internal static class CustomersServices
{
    public static void Register(ContainerBuilder builder)
    {
        builder.RegisterType<CreateCustomer>().InstancePerLifetimeScope();
        builder.RegisterType<UpdateCustomer>().InstancePerLifetimeScope();
        builder.RegisterType<ArchiveCustomer>().InstancePerLifetimeScope();
        builder.RegisterType<GetCustomer>().InstancePerLifetimeScope();
        builder.RegisterType<GetCustomers>().InstancePerLifetimeScope();
        builder.RegisterType<SearchCustomers>().InstancePerLifetimeScope();
        builder.RegisterType<DefineCustomAttribute>().InstancePerLifetimeScope();
        // One scan per handler kind: Autofac's AsClosedTypesOf also filters, so chaining two would match nothing.
        var handlers = typeof(CustomersServices).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(GetCustomerSummariesHandler).Namespace && !t.IsAbstract)
            .ToArray();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerLifetimeScope();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerLifetimeScope();
        builder.RegisterType<SeedDemoCustomersHandler>().As<INotificationHandler<SeedDemoData>>().InstancePerLifetimeScope();
        builder.RegisterType<SeedLoadCustomersHandler>().As<INotificationHandler<SeedLoadData>>().InstancePerLifetimeScope();
    }
}
