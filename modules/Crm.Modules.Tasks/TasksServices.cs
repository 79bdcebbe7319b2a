using Autofac;
using Crm.Modules.Tasks.Handlers;
using Crm.Modules.Tasks.Reminders;
using Crm.Modules.Tasks.Seeding;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts.Seeding;
using Crm.Sdk.Modules;
using MediatR;

namespace Crm.Modules.Tasks;

/// <summary>The module's use cases, message handlers and reminder clock, registered in its own scope (storage is registered beside them).</summary>
internal static class TasksServices
{
    public static void Register(ContainerBuilder builder)
    {
        foreach (var useCase in new[]
                 {
                     typeof(UserDirectory), typeof(PlanActivity), typeof(CompleteActivity), typeof(CancelActivity), typeof(GetMyDay),
                     typeof(DismissFollowUp), typeof(GetWorkload), typeof(MarkAbsence), typeof(GetSubstitutions), typeof(TakeOverWork),
                 })
        {
            builder.RegisterType(useCase).InstancePerLifetimeScope();
        }

        // One scan per handler kind: Autofac's AsClosedTypesOf also filters, so chaining two would match nothing.
        var handlers = typeof(TasksServices).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(InteractionRecordedHandler).Namespace && !t.IsAbstract)
            .ToArray();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(IRequestHandler<,>)).InstancePerLifetimeScope();
        builder.RegisterTypes(handlers).AsClosedTypesOf(typeof(INotificationHandler<>)).InstancePerLifetimeScope();
        builder.RegisterType<SeedDemoActivitiesHandler>().As<INotificationHandler<SeedDemoData>>().InstancePerLifetimeScope();

        // The reminder clock: one hub and one service per module scope; the options are the defaults unless a
        // registration made later (a test, a host configuration) replaces them.
        builder.RegisterInstance(new ReminderOptions());
        builder.RegisterType<ReminderEvents>().SingleInstance();
        builder.RegisterType<ReminderSweep>().SingleInstance();
        builder.RegisterType<ReminderService>().As<IModuleBackgroundService>().AsSelf().SingleInstance();
    }
}
