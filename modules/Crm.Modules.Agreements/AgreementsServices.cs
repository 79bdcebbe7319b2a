using Autofac;
using Crm.Modules.Agreements.Handlers;
using Crm.Modules.Agreements.Seeding;
using Crm.Sdk.Contracts.Seeding;
using Crm.Modules.Agreements.UseCases;
using MediatR;

namespace Crm.Modules.Agreements;

/// <summary>The module's use cases and message handlers, registered in its own scope (storage is registered beside them).</summary>
internal static class AgreementsServices
{
    public static void Register(ContainerBuilder builder)
    {
        builder.RegisterType<RecordAgreement>().InstancePerLifetimeScope();
        builder.RegisterType<ChangeAgreementStatus>().InstancePerLifetimeScope();
        builder.RegisterType<GetCustomerAgreements>().InstancePerLifetimeScope();
        builder.RegisterType<AgreementsExpiring>().InstancePerLifetimeScope();
        // One scan per handler kind: Autofac's AsClosedTypesOf also filters, so chaining two would match nothing.
        var handlers = typeof(AgreementsServices).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CheckResourceClaimsHandler).Namespace && !t.IsAbstract)
            .ToArray();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerLifetimeScope();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerLifetimeScope();
        builder.RegisterType<SeedDemoAgreementsHandler>().As<INotificationHandler<SeedDemoData>>().InstancePerLifetimeScope();
    }
}
