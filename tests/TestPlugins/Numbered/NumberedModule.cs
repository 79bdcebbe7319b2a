using System.Reflection;
using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;
using TestPlugins.Numbered;

[assembly: CrmModule(typeof(NumberedModule))]

namespace TestPlugins.Numbered;

/// <summary>A plugin whose id comes from the build (bench.plugin-N), so N copies can run side by side.</summary>
public sealed class NumberedModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new(
        typeof(NumberedModule).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrmModuleId").Value!,
        "Numbered benchmark plugin",
        new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterType<NumberedQueryHandler>().AsImplementedInterfaces();

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

/// <summary>A private request, so each copy registers a handler like a real plugin would.</summary>
public sealed record NumberedQuery : IRequest<int>;

public sealed class NumberedQueryHandler : IRequestHandler<NumberedQuery, int>
{
    public Task<int> Handle(NumberedQuery request, CancellationToken cancellationToken) => Task.FromResult(1);
}
