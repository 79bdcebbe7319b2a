using Crm.Sdk.Security;

namespace Crm.Host.GraphQL.Admin;

/// <summary>
/// The permissions the host's own admin API requires. They belong to no module, so whoever maps roles to
/// permissions lists these beside the modules' <c>ICrmModule.Permissions</c>.
/// </summary>
internal static class HostPermissions
{
    /// <summary>List, enable, disable, uninstall and rescan modules and plugins.</summary>
    public const string ModulesManage = "modules.manage";

    /// <summary>
    /// Read the audit trail. Separate from <see cref="ModulesManage"/> on purpose: an auditor may follow who changed
    /// what without being able to switch modules off.
    /// </summary>
    public const string AuditRead = "audit.read";

    /// <summary>Both, with the sentence an admin sees.</summary>
    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(ModulesManage, "List, enable, disable, uninstall and rescan modules and plugins."),
        new(AuditRead, "Read the audit trail of every module: who changed which record, when, and what changed."),
    ];
}
