using Crm.Sdk.Persistence;

namespace Crm.Host.Identity.Storage;

/// <summary>One row of the host's <c>roles</c> table: a named set of permissions and record access levels.</summary>
internal sealed class RoleRecord : IVersionedEntity
{
    public string Id { get; set; } = "";

    /// <summary>Unique name, e.g. <c>administrator</c>, <c>sales</c>.</summary>
    public string Name { get; set; } = "";

    public long Version { get; set; }
}
