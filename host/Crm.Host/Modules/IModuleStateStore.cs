namespace Crm.Host.Modules;

/// <summary>
/// Where each module's desired state is kept, so it survives a restart and so an admin command (or another
/// host instance) can change it while a server runs: servers poll <see cref="ReadAllAsync"/> and converge.
/// </summary>
public interface IModuleStateStore
{
    /// <summary>Every stored module state, keyed by module id.</summary>
    Task<IReadOnlyDictionary<string, StoredModuleState>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Stores the states in one atomic write (a cascade changes several modules at once).</summary>
    Task WriteAsync(IReadOnlyCollection<StoredModuleState> states, CancellationToken cancellationToken);

    /// <summary>Forgets a module (after a plugin is uninstalled).</summary>
    Task DeleteAsync(string moduleId, CancellationToken cancellationToken);
}

/// <summary>The persisted state of one module.</summary>
/// <param name="ModuleId">The module's id.</param>
/// <param name="State">What the admin asked for, or Faulted.</param>
/// <param name="LastError">Why the module is Faulted, or the last failure; null when none.</param>
/// <param name="ChangedAt">When the state was written.</param>
public sealed record StoredModuleState(string ModuleId, ModuleState State, string? LastError, DateTimeOffset ChangedAt);
