using Autofac;
using Crm.Benchmarks.Platform;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;

[assembly: CrmModule(typeof(BenchmarkModule))]

namespace Crm.Benchmarks.Platform;

/// <summary>A built-in module for the platform benchmarks: one request, one handler.</summary>
public sealed class BenchmarkModule : ICrmModule
{
    public const string Id = "bench.echo";

    public ModuleManifest Manifest { get; } = new(Id, "Benchmark echo", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterType<EchoHandler>().AsImplementedInterfaces();

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed record EchoRequest(int Value) : IRequest<int>;

public sealed class EchoHandler : IRequestHandler<EchoRequest, int>
{
    public Task<int> Handle(EchoRequest request, CancellationToken cancellationToken) => Task.FromResult(request.Value);
}
