using Crm.Sdk.Security;

namespace Crm.Host.Identity.Permissions;

/// <summary>The permissions the host itself declares for its admin fields.</summary>
internal static class HostPermissions
{
    /// <summary>Manage users, roles, teams and API keys.</summary>
    public const string ManageUsers = "users.manage";

    /// <summary>Enable, disable and uninstall modules; read the audit trail.</summary>
    public const string ManageModules = "modules.manage";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(ManageUsers, "Create and deactivate users, reset passwords, edit roles and teams, issue and revoke API keys."),
        new(ManageModules, "Enable, disable and uninstall modules, rescan plugins, read the audit trail."),
    ];
}
