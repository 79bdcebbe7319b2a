using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;
using TestPlugins.AlphaRival;
using TestPlugins.Contracts;

[assembly: CrmModule(typeof(AlphaRivalModule))]

namespace TestPlugins.AlphaRival;

/// <summary>Handles the same request as test.alpha: both enabled is refused when the shape is built.</summary>
public sealed class AlphaRivalModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.alpha-rival", "Test plugin AlphaRival", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterType<RivalPingHandler>().AsImplementedInterfaces();

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed class RivalPingHandler : IRequestHandler<PingRequest, string>
{
    public Task<string> Handle(PingRequest request, CancellationToken cancellationToken) => Task.FromResult("pong from test.alpha-rival");
}
