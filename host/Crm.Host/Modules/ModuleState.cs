namespace Crm.Host.Modules;

/// <summary>Where a module stands in its lifecycle. Persisted per module id, so it survives a restart.</summary>
public enum ModuleState
{
    /// <summary>Found by the catalog; never enabled or disabled by an admin.</summary>
    Discovered,

    /// <summary>Part of the running application: its services, handlers and schema are live.</summary>
    Enabled,

    /// <summary>Switched off by an admin; its data stays.</summary>
    Disabled,

    /// <summary>Could not be loaded or enabled; the reason is kept as the module's last error.</summary>
    Faulted,
}
