using Autofac;
using Crm.Host.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.GraphQL.Execution;

/// <summary>
/// A module's request services, with scopes built as the host builds them (a tagged child of the platform's root
/// with the module's own registrations): single instances are the ones any scope sees and begin no request scope;
/// everything else comes from a request scope that is disposed with the request.
/// </summary>
public sealed class ModuleRequestServicesTests : IAsyncLifetime
{
    private IContainer _root = null!;
    private ILifetimeScope _module = null!;

    public Task InitializeAsync()
    {
        var builder = new ContainerBuilder();
        builder.RegisterType<PlatformSingleton>().SingleInstance();
        _root = builder.Build();
        _module = _root.BeginLifetimeScope("test.module", module =>
        {
            module.RegisterInstance(new ModuleInstance());
            module.RegisterType<ModuleSingleton>().SingleInstance();
            module.RegisterType<ModuleScoped>().InstancePerLifetimeScope();
            module.RegisterType<ModuleTransient>();
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _module.DisposeAsync();
        await _root.DisposeAsync();
    }

    [Theory]
    [InlineData(typeof(PlatformSingleton))]
    [InlineData(typeof(ModuleInstance))]
    [InlineData(typeof(ModuleSingleton))]
    public async Task A_single_instance_is_the_one_a_request_scope_would_give_and_begins_no_scope(Type type)
    {
        await using var services = new ModuleRequestServices(_module);
        await using var child = _module.BeginLifetimeScope();

        Assert.Same(child.Resolve(type), services.GetService(type));
        Assert.Same(child.Resolve(type), services.GetRequiredService(type));
        Assert.False(services.HasRequestScope);
    }

    [Fact]
    public async Task A_plugins_single_instance_begins_no_scope_either()
    {
        // Plugins' scopes are begun for their own collectible load context, without a tag.
        var loadContext = new System.Runtime.Loader.AssemblyLoadContext("plugin", isCollectible: true);
        await using var plugin = _root.BeginLoadContextLifetimeScope(loadContext, module => module.RegisterInstance(new ModuleInstance()));
        await using var services = new ModuleRequestServices(plugin);
        await using var child = plugin.BeginLifetimeScope();

        Assert.Same(child.Resolve<ModuleInstance>(), services.GetService(typeof(ModuleInstance)));
        Assert.False(services.HasRequestScope);
    }

    [Fact]
    public async Task Scoped_and_transient_services_come_from_one_request_scope_disposed_with_the_request()
    {
        var services = new ModuleRequestServices(_module);

        var scoped = services.GetRequiredService<ModuleScoped>();
        var transient = services.GetRequiredService<ModuleTransient>();

        Assert.True(services.HasRequestScope);
        Assert.Same(scoped, services.GetService<ModuleScoped>());
        Assert.NotSame(scoped, _module.Resolve<ModuleScoped>());
        Assert.Single(services.GetRequiredService<IEnumerable<ModuleSingleton>>());
        await services.DisposeAsync();
        Assert.True(scoped.Disposed);
        Assert.True(transient.Disposed);
        Assert.False(_module.Resolve<ModuleScoped>().Disposed);
    }

    [Fact]
    public async Task A_service_nobody_registered_is_null_or_a_resolution_error_as_before()
    {
        await using var services = new ModuleRequestServices(_module);

        Assert.Null(services.GetService(typeof(Unregistered)));
        Assert.Throws<Autofac.Core.Registration.ComponentNotRegisteredException>(() => services.GetRequiredService(typeof(Unregistered)));
    }

    [Fact]
    public async Task Nothing_resolves_once_the_request_ended()
    {
        var services = new ModuleRequestServices(_module);
        await services.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => services.GetService(typeof(ModuleSingleton)));
        Assert.Throws<ObjectDisposedException>(() => services.GetService(typeof(ModuleScoped)));
    }

    private sealed class PlatformSingleton;

    private sealed class ModuleInstance;

    private sealed class ModuleSingleton;

    private sealed class Unregistered;

    private sealed class ModuleScoped : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private sealed class ModuleTransient : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
