using Crm.Sdk.Security;

namespace Crm.Host.Identity.Storage;

/// <summary>How far a role sees one module's records (<c>role_access_levels</c>); a module not listed is <see cref="RecordAccessLevel.None"/>.</summary>
internal sealed class RoleAccessLevelRecord
{
    public string RoleId { get; set; } = "";

    public string ModuleId { get; set; } = "";

    public RecordAccessLevel Level { get; set; }
}
