using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;
using TestPlugins.Alpha;
using TestPlugins.Contracts;

[assembly: CrmModule(typeof(AlphaModule))]

namespace TestPlugins.Alpha;

public sealed class AlphaModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.alpha", "Test plugin Alpha", new SemanticVersion(1, 2, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterType<PingHandler>().AsImplementedInterfaces();
        builder.RegisterType<AnnouncementHandler>().AsImplementedInterfaces();
        builder.RegisterType<SecretHandler>().AsImplementedInterfaces();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed class PingHandler : IRequestHandler<PingRequest, string>
{
    public Task<string> Handle(PingRequest request, CancellationToken cancellationToken) => Task.FromResult("pong from test.alpha");
}

public sealed class AnnouncementHandler : INotificationHandler<Announcement>
{
    public Task Handle(Announcement notification, CancellationToken cancellationToken)
    {
        notification.Receipts.Enqueue("test.alpha");
        return Task.CompletedTask;
    }
}

/// <summary>A request type only this plugin knows: MediatR's static caches must forget it at unload.</summary>
public sealed record SecretRequest(string Word) : IRequest<string>;

public sealed class SecretHandler : IRequestHandler<SecretRequest, string>
{
    public Task<string> Handle(SecretRequest request, CancellationToken cancellationToken) => Task.FromResult($"secret {request.Word}");
}
