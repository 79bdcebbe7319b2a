using Autofac;
using Autofac.Core;
using Autofac.Core.Lifetime;
using Autofac.Extensions.DependencyInjection;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// One module's services for one request. The module's request scope (an Autofac child scope, about 2.6 KB and a
/// dispose per request) is begun only when a resolver first asks for a service that needs it. A service registered
/// as a single shared instance of the module or of the platform is the same object whichever scope resolves it, so
/// it is taken from the module's scope directly; everything else (per-scope and per-dependency services, the scope
/// itself, relationship types such as <c>IEnumerable&lt;T&gt;</c>) comes from the request scope as before.
/// </summary>
internal sealed class ModuleRequestServices(ILifetimeScope moduleScope)
    : IServiceProvider, ISupportRequiredService, IKeyedServiceProvider, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private AutofacServiceProvider? _requestScope;
    private bool _disposed;

    /// <summary>Whether the request scope has been begun (for tests).</summary>
    public bool HasRequestScope => _requestScope is not null;

    public object? GetService(Type serviceType) =>
        IsSharedInstance(serviceType) ? moduleScope.ResolveOptional(serviceType) : RequestScope().GetService(serviceType);

    public object GetRequiredService(Type serviceType) =>
        IsSharedInstance(serviceType) ? moduleScope.Resolve(serviceType) : RequestScope().GetRequiredService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) => RequestScope().GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => RequestScope().GetRequiredKeyedService(serviceType, serviceKey);

    public async ValueTask DisposeAsync()
    {
        AutofacServiceProvider? scope;
        lock (_gate)
        {
            _disposed = true;
            scope = _requestScope;
            _requestScope = null;
        }

        if (scope is not null)
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    private bool IsSharedInstance(Type serviceType)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!moduleScope.ComponentRegistry.TryGetServiceRegistration(new TypedService(serviceType), out var service))
        {
            return false;
        }

        // Shared at the root or at a tagged ancestor (how Autofac keeps a module's own single instances): a child
        // scope finds the same instance. Shared per current scope would give the child its own one, so no.
        var registration = service.Registration;
        return registration.Sharing == InstanceSharing.Shared && registration.Lifetime is RootScopeLifetime or MatchingScopeLifetime;
    }

    private AutofacServiceProvider RequestScope()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _requestScope ??= new AutofacServiceProvider(moduleScope.BeginLifetimeScope());
        }
    }
}
