using Autofac;
using Crm.Host.Modules;
using Crm.Host.Modules.Shapes;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Host.Tests.Modules.Shapes;

public sealed class ApplicationShapeHolderTests
{
    [Fact]
    public async Task Leased_shape_keeps_its_scopes_until_the_lease_ends()
    {
        using var container = new ContainerBuilder().Build();
        var holder = new ApplicationShapeHolder(NullLogger<ApplicationShapeHolder>.Instance);
        var oldModule = new ModuleScopeHandle(new ActiveModule(new StubModule("test.old"), container.BeginLifetimeScope(), IsPlugin: false));
        await holder.Swap(Shape(1, oldModule), new ShapeResources([oldModule.AddHold()], []));

        using (var lease = holder.Acquire())
        {
            var drained = holder.Swap(Shape(2), ShapeResources.None);

            Assert.Equal(2, holder.Current.Generation);
            Assert.Equal(1, lease.Shape.Generation);
            Assert.False(drained.IsCompleted);
            Assert.False(oldModule.Disposed.IsCompleted);
            Assert.NotNull(lease.Shape.FindModule("test.old")!.Scope.Resolve<ILifetimeScope>());
        }

        await oldModule.Disposed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Throws<ObjectDisposedException>(() => oldModule.Module.Scope.Resolve<ILifetimeScope>());
    }

    [Fact]
    public async Task Scope_shared_by_two_shapes_is_disposed_after_the_last_one()
    {
        using var container = new ContainerBuilder().Build();
        var holder = new ApplicationShapeHolder(NullLogger<ApplicationShapeHolder>.Instance);
        var shared = new ModuleScopeHandle(new ActiveModule(new StubModule("test.shared"), container.BeginLifetimeScope(), IsPlugin: false));
        await holder.Swap(Shape(1, shared), new ShapeResources([shared.AddHold()], []));

        await holder.Swap(Shape(2, shared), new ShapeResources([shared.AddHold()], []));
        Assert.False(shared.Disposed.IsCompleted);

        await holder.Swap(Shape(3), ShapeResources.None);
        await shared.Disposed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Leases_taken_concurrently_with_swaps_always_get_a_live_shape()
    {
        var holder = new ApplicationShapeHolder(NullLogger<ApplicationShapeHolder>.Instance);
        var disposedShapes = new System.Collections.Concurrent.ConcurrentDictionary<long, bool>();

        Parallel.Invoke(
            () =>
            {
                for (var generation = 1; generation <= 200; generation++)
                {
                    var captured = generation;
                    _ = holder.Swap(Shape(generation), new ShapeResources([], [new DisposeProbe(() => disposedShapes[captured] = true)]));
                }
            },
            () =>
            {
                for (var i = 0; i < 20_000; i++)
                {
                    using var lease = holder.Acquire();
                    Assert.False(disposedShapes.ContainsKey(lease.Shape.Generation), "A lease was handed a shape already released.");
                }
            });
    }

    private static ApplicationShape Shape(long generation, params ModuleScopeHandle[] modules) =>
        new(generation, modules.Select(m => m.Module).ToList(), new Dictionary<Type, object>());

    private sealed class DisposeProbe(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }

    private sealed class StubModule(string id) : ICrmModule
    {
        public ModuleManifest Manifest { get; } = new(id, id, new SemanticVersion(1, 0, 0));

        public void ConfigureServices(ContainerBuilder builder)
        {
        }

        public void ConfigureSchema(ISchemaBuilder schema)
        {
        }
    }
}
