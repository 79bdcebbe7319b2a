namespace Crm.Host.Identity.Storage;

/// <summary>One permission a role grants (<c>role_permissions</c>).</summary>
internal sealed class RolePermissionRecord
{
    public string RoleId { get; set; } = "";

    public string Permission { get; set; } = "";
}
