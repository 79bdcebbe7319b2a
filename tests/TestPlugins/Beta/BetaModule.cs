using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;
using TestPlugins.Beta;
using TestPlugins.Contracts;

[assembly: CrmModule(typeof(BetaModule))]

namespace TestPlugins.Beta;

/// <summary>Depends on test.alpha; its notification handler always throws.</summary>
public sealed class BetaModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.beta", "Test plugin Beta", new SemanticVersion(1, 0, 0), "",
        [new ModuleDependency("test.alpha", VersionRange.Parse("^1.0.0"))]);

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterType<FailingAnnouncementHandler>().AsImplementedInterfaces();

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed class FailingAnnouncementHandler : INotificationHandler<Announcement>
{
    // Throws before returning a task, the harshest case for the publisher's loop.
    public Task Handle(Announcement notification, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("test.beta always fails on Announcement");
}
