namespace Crm.Host.Persistence;

/// <summary>A module's migration failed; the module is Faulted and the failed migration left nothing behind.</summary>
public sealed class ModuleMigrationException(string moduleId, string migrationId, Exception innerException)
    : Exception($"Migration {migrationId} of module '{moduleId}' failed and was rolled back: {innerException?.Message}", innerException)
{
    /// <summary>The module whose migration failed.</summary>
    public string ModuleId { get; } = moduleId;

    /// <summary>The id of the migration that failed.</summary>
    public string MigrationId { get; } = migrationId;
}
