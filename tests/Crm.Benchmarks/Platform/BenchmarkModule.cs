using Autofac;
using Crm.Benchmarks.Platform;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;

[assembly: CrmModule(typeof(BenchmarkModule))]

namespace Crm.Benchmarks.Platform;

/// <summary>
/// A built-in module for the platform benchmarks: a handler with no per-message dependencies (dispatched from the
/// module scope) and one with a scoped dependency (dispatched in a child scope per message).
/// </summary>
public sealed class BenchmarkModule : ICrmModule
{
    public const string Id = "bench.echo";

    public ModuleManifest Manifest { get; } = new(Id, "Benchmark echo", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterType<EchoHandler>().AsImplementedInterfaces();
        builder.RegisterType<EchoCounter>().InstancePerLifetimeScope();
        builder.RegisterType<ScopedEchoHandler>().AsImplementedInterfaces();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed record EchoRequest(int Value) : IRequest<int>;

public sealed class EchoHandler : IRequestHandler<EchoRequest, int>
{
    public Task<int> Handle(EchoRequest request, CancellationToken cancellationToken) => Task.FromResult(request.Value);
}

public sealed record ScopedEchoRequest(int Value) : IRequest<int>;

/// <summary>Stands for a per-message service such as a DbContext: one per lifetime scope.</summary>
public sealed class EchoCounter
{
    public int Count { get; set; }
}

public sealed class ScopedEchoHandler(EchoCounter counter) : IRequestHandler<ScopedEchoRequest, int>
{
    public Task<int> Handle(ScopedEchoRequest request, CancellationToken cancellationToken) => Task.FromResult(request.Value + counter.Count++);
}
