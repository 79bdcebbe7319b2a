using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;
using TestPlugins.BuiltIn;
using TestPlugins.Contracts;

[assembly: CrmModule(typeof(BuiltInModule))]

namespace TestPlugins.BuiltIn;

public sealed class BuiltInModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.builtin", "Test built-in module", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterType<AnnouncementHandler>().AsImplementedInterfaces();

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed class AnnouncementHandler : INotificationHandler<Announcement>
{
    public Task Handle(Announcement notification, CancellationToken cancellationToken)
    {
        notification.Receipts.Enqueue("test.builtin");
        return Task.CompletedTask;
    }
}
