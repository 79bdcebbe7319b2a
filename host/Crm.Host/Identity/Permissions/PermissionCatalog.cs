using Crm.Host.Modules;
using Crm.Sdk.Security;

namespace Crm.Host.Identity.Permissions;

/// <summary>Every permission known right now: the host's own and those of the modules in the current shape.</summary>
internal sealed class PermissionCatalog(IApplicationShapeAccessor shapes)
{
    /// <summary>The wildcard a role stores to hold every permission, present and future (the administrator role).</summary>
    public const string Everything = Authentication.CrmClaimTypes.Everything;

    public IReadOnlyList<PermissionDefinition> List()
    {
        using var lease = shapes.Acquire();
        return HostPermissions.All
            .Concat(lease.Shape.Modules.SelectMany(m => m.Module.Permissions))
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The module ids of the current shape, which a wildcard access level covers.</summary>
    public IReadOnlyList<string> ModuleIds()
    {
        using var lease = shapes.Acquire();
        return lease.Shape.Modules.Select(m => m.Id).ToList();
    }
}
