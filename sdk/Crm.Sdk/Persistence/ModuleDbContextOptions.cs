using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sdk.Persistence;

/// <summary>
/// Everything a <see cref="ModuleDbContext"/> needs, made by the host for the configured database provider:
/// the EF Core options, where the module's tables live, where audit entries go, and who is acting. A module
/// receives it in its context's constructor and passes it to the base class; it never builds one itself.
/// Disposing it releases the EF Core services the host created for a plugin (so its load context can unload).
/// </summary>
public class ModuleDbContextOptions : IDisposable
{
    private readonly IDisposable? _ownedServices;

    /// <summary>Creates the options; called by the host's <see cref="IModuleDatabase"/>.</summary>
    public ModuleDbContextOptions(
        DbContextOptions dbContextOptions,
        ModuleStorage storage,
        ModuleStorage auditStorage,
        ICurrentUser currentUser,
        TimeProvider timeProvider,
        IDatabaseFaultTranslator faults,
        IDisposable? ownedServices)
    {
        DbContextOptions = dbContextOptions;
        Storage = storage;
        AuditStorage = auditStorage;
        CurrentUser = currentUser;
        TimeProvider = timeProvider;
        Faults = faults;
        _ownedServices = ownedServices;
    }

    /// <summary>The EF Core options for the configured provider.</summary>
    public DbContextOptions DbContextOptions { get; }

    /// <summary>Where the module's tables live.</summary>
    public ModuleStorage Storage { get; }

    /// <summary>Where the host's audit table lives.</summary>
    public ModuleStorage AuditStorage { get; }

    /// <summary>Who is acting, read when a change is audited.</summary>
    public ICurrentUser CurrentUser { get; }

    /// <summary>The clock for audit timestamps.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Turns provider failures into the SDK's exceptions.</summary>
    public IDatabaseFaultTranslator Faults { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the EF Core services owned for a plugin.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedServices?.Dispose();
        }
    }
}

/// <summary>The options for the context type <typeparamref name="TContext"/>; what its constructor takes.</summary>
/// <typeparam name="TContext">The module's context.</typeparam>
public sealed class ModuleDbContextOptions<TContext> : ModuleDbContextOptions
    where TContext : ModuleDbContext
{
    /// <summary>Creates the options; called by the host's <see cref="IModuleDatabase"/>.</summary>
    public ModuleDbContextOptions(
        DbContextOptions<TContext> dbContextOptions,
        ModuleStorage storage,
        ModuleStorage auditStorage,
        ICurrentUser currentUser,
        TimeProvider timeProvider,
        IDatabaseFaultTranslator faults,
        IDisposable? ownedServices)
        : base(dbContextOptions, storage, auditStorage, currentUser, timeProvider, faults, ownedServices)
    {
    }
}
