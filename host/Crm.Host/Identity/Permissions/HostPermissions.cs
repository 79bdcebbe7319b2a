using Crm.Sdk.Security;

namespace Crm.Host.Identity.Permissions;

/// <summary>
/// The permissions the host's own admin API requires. They belong to no module, so the permission catalog lists
/// them beside the modules' <c>ICrmModule.Permissions</c>, and the first administrator holds them all.
/// </summary>
internal static class HostPermissions
{
    /// <summary>Manage users, roles, teams and API keys.</summary>
    public const string UsersManage = "users.manage";

    /// <summary>List, enable, disable, uninstall and rescan modules and plugins.</summary>
    public const string ModulesManage = "modules.manage";

    /// <summary>
    /// Read the audit trail. Separate from <see cref="ModulesManage"/> on purpose: an auditor may follow who changed
    /// what without being able to switch modules off.
    /// </summary>
    public const string AuditRead = "audit.read";

    /// <summary>Each with the sentence an admin sees.</summary>
    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(UsersManage, "Create and deactivate users, reset passwords, edit roles and teams, issue and revoke API keys."),
        new(ModulesManage, "List, enable, disable, uninstall and rescan modules and plugins."),
        new(AuditRead, "Read the audit trail of every module: who changed which record, when, and what changed."),
    ];
}
