namespace Crm.Sdk.Persistence;

/// <summary>
/// The host's database as a module sees it: the one place that knows the configured provider (SQLite,
/// PostgreSQL, ...). <see cref="ModuleDbContextRegistrationExtensions.AddModuleDbContext{TContext}"/> uses it;
/// modules rarely call it directly.
/// </summary>
public interface IModuleDatabase
{
    /// <summary>The configured provider's name (<c>Sqlite</c>, <c>Postgres</c>, ...), for logs and provider-specific SQL.</summary>
    string ProviderName { get; }

    /// <summary>Where the tables of module <paramref name="moduleId"/> live.</summary>
    ModuleStorage StorageFor(string moduleId);

    /// <summary>
    /// Creates the options for <typeparamref name="TContext"/> of module <paramref name="moduleId"/>. For a
    /// context from a plugin's (collectible) load context the options own a private EF Core service provider
    /// and must be disposed when the module's scope ends; the registration helper arranges that.
    /// </summary>
    ModuleDbContextOptions<TContext> CreateOptions<TContext>(string moduleId)
        where TContext : ModuleDbContext;
}
