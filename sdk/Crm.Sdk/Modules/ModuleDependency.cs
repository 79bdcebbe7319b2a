namespace Crm.Sdk.Modules;

/// <summary>
/// A module that must be enabled before the declaring module can be, in a version the range accepts.
/// Depending on a module says nothing about referencing it: modules still talk only through SDK contracts.
/// </summary>
/// <param name="ModuleId">The id of the module depended on, e.g. <c>crm.customers</c>.</param>
/// <param name="Versions">The versions accepted.</param>
public sealed record ModuleDependency(string ModuleId, VersionRange Versions)
{
    /// <summary>A dependency on any version of <paramref name="moduleId"/>.</summary>
    public ModuleDependency(string moduleId)
        : this(moduleId, VersionRange.Any)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Versions == VersionRange.Any ? ModuleId : $"{ModuleId} {Versions}";
}
