using System.Runtime.Loader;
using Crm.Host.Persistence.Providers;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Host.Persistence;

/// <summary>The host's side of <see cref="IModuleDatabase"/>: module contexts on the configured provider.</summary>
internal sealed class ModuleDatabase(
    IDatabaseProvider provider,
    EntityFrameworkServices entityFramework,
    ICurrentUser currentUser,
    TimeProvider timeProvider) : IModuleDatabase
{
    private readonly DatabaseFaultInterceptor _faults = new(provider);

    public string ProviderName => provider.Name;

    /// <summary>Where the host's own tables (module state, audit trail) live.</summary>
    public ModuleStorage HostStorage => provider.StorageFor(HostDbContext.StorageModuleId);

    public ModuleStorage StorageFor(string moduleId) => provider.StorageFor(moduleId);

    public ModuleDbContextOptions<TContext> CreateOptions<TContext>(string moduleId)
        where TContext : ModuleDbContext
    {
        var storage = provider.StorageFor(moduleId);
        var fromPlugin = AssemblyLoadContext.GetLoadContext(typeof(TContext).Assembly)?.IsCollectible == true;
        var owned = fromPlugin ? entityFramework.CreateOwned() : null;

        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseInternalServiceProvider(owned ?? entityFramework.Shared);
        provider.Configure(builder, storage);
        builder.AddInterceptors(_faults);
        // Hand-written migrations have no model snapshot to compare with; the schema tests prove model and migrations agree.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new ModuleDbContextOptions<TContext>(builder.Options, storage, HostStorage, currentUser, timeProvider, provider, owned);
    }
}
