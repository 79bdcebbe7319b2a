using System.Data.Common;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence.Providers;

/// <summary>
/// Everything that differs between database engines, behind one interface: naming module storage, wiring
/// EF Core, checking the database at start-up, recognising faults and purging a module. Adding an engine is
/// one implementation plus one case in <see cref="DatabaseProviderFactory"/>.
/// </summary>
internal interface IDatabaseProvider : IDatabaseFaultTranslator
{
    /// <summary>The provider's configuration name (<c>Sqlite</c>, <c>Postgres</c>).</summary>
    string Name { get; }

    /// <summary>Where the database is, for logs and errors; never includes a password.</summary>
    string Description { get; }

    /// <summary>Where a module's tables live on this engine.</summary>
    ModuleStorage StorageFor(string moduleId);

    /// <summary>Adds the engine's EF Core services to an internal service provider being built.</summary>
    void AddEntityFrameworkServices(IServiceCollection services);

    /// <summary>
    /// A new, closed connection to the database, for the few reads the host makes at start-up before EF Core has
    /// built the model of its own tables (<see cref="DirectDatabaseReads"/>).
    /// </summary>
    DbConnection CreateConnection();

    /// <summary>Points <paramref name="builder"/> at the database, with the module's migrations history table.</summary>
    void Configure(DbContextOptionsBuilder builder, ModuleStorage storage);

    /// <summary>
    /// Makes sure the database can be used: creates the SQLite file and folder, enables WAL, reaches the
    /// server. Throws <see cref="DatabaseConfigurationException"/> for what retrying cannot fix and
    /// <see cref="DatabaseUnavailableException"/> for what it may.
    /// </summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A query whose single <c>Value</c> is 1 when the table exists and 0 when it does not, so the host can look
    /// at a migrations history without touching a missing table (which EF Core would log as a failed command).
    /// </summary>
    FormattableString TableExistsQuery(string? schema, string table);

    /// <summary>Drops every table of <paramref name="storage"/> (and its schema), inside <paramref name="context"/>'s open transaction.</summary>
    Task DropStorageAsync(DbContext context, ModuleStorage storage, CancellationToken cancellationToken);
}
