using Crm.Host.Persistence.Providers;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Host.Persistence;

/// <summary>
/// Builds EF Core's internal service providers. Built-in modules and the host share one (they never unload);
/// each plugin context gets one of its own, disposed with the plugin's scope, because EF's shared caches would
/// otherwise keep the plugin's load context alive (see docs: plugin loading).
/// </summary>
internal sealed class EntityFrameworkServices(IDatabaseProvider provider, ILoggerFactory loggerFactory) : IDisposable
{
    private readonly Lazy<ServiceProvider> _shared = new(() => Build(provider, loggerFactory));

    /// <summary>The provider shared by every context that lives as long as the host.</summary>
    public IServiceProvider Shared => _shared.Value;

    /// <summary>A new provider owned by the caller (a plugin's context), who must dispose it.</summary>
    public ServiceProvider CreateOwned() => Build(provider, loggerFactory);

    public void Dispose()
    {
        if (_shared.IsValueCreated)
        {
            _shared.Value.Dispose();
        }
    }

    private static ServiceProvider Build(IDatabaseProvider provider, ILoggerFactory loggerFactory)
    {
        var services = new ServiceCollection();
        // Registered before the provider's services, which only TryAdd: ours win.
        services.AddScoped<IMigrationsAssembly, ModuleMigrationsAssembly>();
        services.AddSingleton<IModelCacheKeyFactory, ModuleModelCacheKeyFactory>();
        services.AddSingleton(loggerFactory);
        provider.AddEntityFrameworkServices(services);
        DecorateModelRuntimeInitializer(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false });
    }

    private static void DecorateModelRuntimeInitializer(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IModelRuntimeInitializer));
        var implementation = registered.ImplementationType
            ?? throw new InvalidOperationException($"EF Core registered {nameof(IModelRuntimeInitializer)} without an implementation type; the host expects one to decorate.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IModelRuntimeInitializer),
            sp => new EagerRelationalModelInitializer((IModelRuntimeInitializer)ActivatorUtilities.CreateInstance(sp, implementation)),
            registered.Lifetime));
    }
}
