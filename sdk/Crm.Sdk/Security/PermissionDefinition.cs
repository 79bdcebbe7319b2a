namespace Crm.Sdk.Security;

/// <summary>
/// A permission a module declares (see <see cref="Modules.ICrmModule.Permissions"/>), shown to admins when they map
/// roles to permissions. Names are lower-case and dotted, prefixed by the module's area: <c>sales.read</c>,
/// <c>sales.write</c>, <c>modules.manage</c>.
/// </summary>
/// <param name="Name">The permission's name, as fields require it with <c>RequirePermission</c>.</param>
/// <param name="Description">One sentence for admins: what holding it allows.</param>
public sealed record PermissionDefinition(string Name, string Description);
