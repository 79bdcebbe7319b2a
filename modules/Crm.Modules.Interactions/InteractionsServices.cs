using Autofac;
using Crm.Modules.Interactions.Domain;
using Crm.Modules.Interactions.Handlers;
using Crm.Modules.Interactions.Seeding;
using Crm.Sdk.Contracts.Seeding;
using Crm.Modules.Interactions.UseCases;
using MediatR;

namespace Crm.Modules.Interactions;

/// <summary>The module's use cases and message handlers, registered in its own scope (storage is registered beside them).</summary>
internal static class InteractionsServices
{
    public static void Register(ContainerBuilder builder)
    {
        builder.RegisterType<GetTimeline>().InstancePerLifetimeScope();
        builder.RegisterType<TimelineEvents>().SingleInstance();
        builder.RegisterType<CustomersWithoutContact>().InstancePerLifetimeScope();
        // One scan per handler kind: Autofac's AsClosedTypesOf also filters, so chaining two would match nothing.
        var handlers = typeof(InteractionsServices).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RecordInteractionHandler).Namespace && !t.IsAbstract)
            .ToArray();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerLifetimeScope();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerLifetimeScope();
        builder.RegisterType<SeedDemoHistoryHandler>().As<INotificationHandler<SeedDemoData>>().InstancePerLifetimeScope();
        builder.RegisterType<SeedLoadHistoryHandler>().As<INotificationHandler<SeedLoadData>>().InstancePerLifetimeScope();
    }
}
