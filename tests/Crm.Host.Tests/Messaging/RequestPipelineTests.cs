using System.Collections.Concurrent;
using Autofac;
using Crm.Host.Messaging;
using Crm.Host.Modules;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Host.Tests.Messaging;

/// <summary>
/// The request path of the shape-routed mediator with a real Autofac container and real MediatR interfaces: which
/// handlers run in a child scope per message (and why), behaviour order, and the per-shape pipeline cache.
/// </summary>
public sealed class RequestPipelineTests : IAsyncDisposable
{
    private readonly Journal _journal = new();
    private readonly IContainer _root;

    public RequestPipelineTests()
    {
        var builder = new ContainerBuilder();
        builder.RegisterInstance(_journal);
        builder.RegisterInstance(TimeProvider.System);
        builder.RegisterInstance<ILoggerFactory>(NullLoggerFactory.Instance);
        _root = builder.Build();
    }

    [Fact]
    public async Task A_handler_with_only_singleton_dependencies_runs_in_the_module_scope_without_a_scope_per_message()
    {
        var (mediator, module, _) = await StartAsync(b => b.RegisterType<EchoHandler>().AsImplementedInterfaces());
        var childScopes = 0;
        module.Scope.ChildLifetimeScopeBeginning += (_, _) => Interlocked.Increment(ref childScopes);

        var answers = new[] { await mediator.Send(new Echo(1)), await mediator.Send(new Echo(2)) };

        Assert.Equal([1, 2], answers);
        Assert.Equal(0, childScopes);
        Assert.Equal(["echo 1", "echo 2"], _journal.Lines);
    }

    [Fact]
    public async Task A_handler_with_a_scoped_dependency_gets_a_fresh_one_per_request_disposed_when_it_ends()
    {
        var (mediator, module, _) = await StartAsync(b =>
        {
            b.RegisterType<UnitOfWork>().InstancePerLifetimeScope();
            b.RegisterType<UnitOfWorkHandler>().AsImplementedInterfaces();
        });
        var childScopes = 0;
        module.Scope.ChildLifetimeScopeBeginning += (_, _) => Interlocked.Increment(ref childScopes);

        var first = await mediator.Send(new WhichUnit());
        var second = await mediator.Send(new WhichUnit());

        Assert.NotEqual(first, second);
        Assert.Equal(2, childScopes);
        Assert.Equal([$"disposed {first}", $"disposed {second}"], _journal.Lines);
    }

    [Fact]
    public async Task A_disposable_transient_handler_gets_a_scope_per_message_so_the_module_scope_keeps_nothing()
    {
        var (mediator, _, _) = await StartAsync(b => b.RegisterType<DisposableHandler>().AsImplementedInterfaces());

        await mediator.Send(new Tidy());
        await mediator.Send(new Tidy());

        Assert.Equal(["tidy", "disposed handler", "tidy", "disposed handler"], _journal.Lines);
    }

    [Fact]
    public async Task Host_behaviours_run_outermost_then_the_modules_own_then_the_handler()
    {
        var (mediator, _, _) = await StartAsync(
            b =>
            {
                b.RegisterType<EchoHandler>().AsImplementedInterfaces();
                b.RegisterGeneric(typeof(ModuleBehavior<,>)).As(typeof(IPipelineBehavior<,>));
            },
            typeof(HostBehavior<,>));

        await mediator.Send(new Echo(7));

        Assert.Equal(["host before", "module before", "echo 7", "module after", "host after"], _journal.Lines);
    }

    [Fact]
    public async Task The_pipeline_is_built_once_per_shape_and_a_new_shape_builds_its_own()
    {
        var (mediator, module, shapes) = await StartAsync(b => b.RegisterType<EchoHandler>().AsImplementedInterfaces());
        await mediator.Send(new Echo(1));
        var routing = shapes.Current.GetFeature<MessageRouting>()!;
        var cached = routing.RequestPipeline<int>(typeof(Echo), [], _root);

        await mediator.Send(new Echo(2));
        var next = await RoutingFor(module);
        shapes.Swap(new ApplicationShape(2, [module], new Dictionary<Type, object> { [typeof(MessageRouting)] = next }));
        await mediator.Send(new Echo(3));

        Assert.Same(cached, routing.RequestPipeline<int>(typeof(Echo), [], _root));
        Assert.NotSame(cached, next.RequestPipeline<int>(typeof(Echo), [], _root));
        Assert.Equal(0, shapes.OpenLeases);
    }

    [Fact]
    public async Task A_request_no_module_handles_still_fails_clearly_and_gives_its_lease_back()
    {
        var (mediator, _, shapes) = await StartAsync(b => b.RegisterType<EchoHandler>().AsImplementedInterfaces());

        await Assert.ThrowsAsync<NoHandlerForRequestException>(() => mediator.Send(new Tidy()));

        Assert.Equal(0, shapes.OpenLeases);
    }

    public async ValueTask DisposeAsync() => await _root.DisposeAsync();

    private async Task<(IMediator Mediator, ActiveModule Module, TestShapeAccessor Shapes)> StartAsync(Action<ContainerBuilder> services, params Type[] hostBehaviors)
    {
        var module = new ActiveModule(new PipelineTestModule(), _root.BeginLifetimeScope(services), IsPlugin: false);
        var shapes = new TestShapeAccessor(new ApplicationShape(1, [module], new Dictionary<Type, object> { [typeof(MessageRouting)] = await RoutingFor(module) }));
        var mediator = new ShapeRoutingMediator(shapes, _root, hostBehaviors.Select(t => new RequestBehaviorType(t)), NullLoggerFactory.Instance);
        return (mediator, module, shapes);
    }

    private static async Task<MessageRouting> RoutingFor(ActiveModule module) =>
        (MessageRouting)(await new MessageRoutingFeatureBuilder().BuildAsync([module], CancellationToken.None)).Feature!;

    public sealed class Journal
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public void Write(string line) => _lines.Enqueue(line);
    }

    public sealed record Echo(int Value) : IRequest<int>;

    public sealed record WhichUnit : IRequest<Guid>;

    public sealed record Tidy : IRequest<bool>;

    public sealed class EchoHandler(Journal journal) : IRequestHandler<Echo, int>
    {
        public Task<int> Handle(Echo request, CancellationToken cancellationToken)
        {
            journal.Write($"echo {request.Value}");
            return Task.FromResult(request.Value);
        }
    }

    /// <summary>Stands for a DbContext: one per scope, disposed with it.</summary>
    public sealed class UnitOfWork(Journal journal) : IDisposable
    {
        public Guid Id { get; } = Guid.NewGuid();

        public void Dispose() => journal.Write($"disposed {Id}");
    }

    public sealed class UnitOfWorkHandler(UnitOfWork unit) : IRequestHandler<WhichUnit, Guid>
    {
        public Task<Guid> Handle(WhichUnit request, CancellationToken cancellationToken) => Task.FromResult(unit.Id);
    }

    public sealed class DisposableHandler(Journal journal) : IRequestHandler<Tidy, bool>, IDisposable
    {
        public Task<bool> Handle(Tidy request, CancellationToken cancellationToken)
        {
            journal.Write("tidy");
            return Task.FromResult(true);
        }

        public void Dispose() => journal.Write("disposed handler");
    }

    public sealed class HostBehavior<TRequest, TResponse>(Journal journal) : IPipelineBehavior<TRequest, TResponse>
    {
        public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
        {
            journal.Write("host before");
            var response = await next();
            journal.Write("host after");
            return response;
        }
    }

    public sealed class ModuleBehavior<TRequest, TResponse>(Journal journal) : IPipelineBehavior<TRequest, TResponse>
    {
        public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
        {
            journal.Write("module before");
            var response = await next();
            journal.Write("module after");
            return response;
        }
    }

    private sealed class PipelineTestModule : ICrmModule
    {
        public ModuleManifest Manifest { get; } = new("test.pipeline", "Pipeline test module", new SemanticVersion(1, 0, 0));

        public void ConfigureServices(ContainerBuilder builder)
        {
        }

        public void ConfigureSchema(ISchemaBuilder schema)
        {
        }
    }
}
