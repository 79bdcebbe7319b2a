namespace Crm.Host.Identity.Storage;

/// <summary>A user holds a role (<c>user_roles</c>).</summary>
internal sealed class UserRoleRecord
{
    public string UserId { get; set; } = "";

    public string RoleId { get; set; } = "";
}
