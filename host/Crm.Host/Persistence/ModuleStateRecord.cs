using Crm.Host.Modules;
using Crm.Sdk.Persistence;

namespace Crm.Host.Persistence;

/// <summary>One row of the host's <c>module_states</c> table.</summary>
internal sealed class ModuleStateRecord : IVersionedEntity
{
    public string ModuleId { get; set; } = "";

    public ModuleState State { get; set; }

    public string? LastError { get; set; }

    /// <summary>When the state was written, UTC.</summary>
    public DateTime ChangedAt { get; set; }

    public long Version { get; set; }
}
