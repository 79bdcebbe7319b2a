namespace Crm.Sdk.Modules;

/// <summary>
/// Marks an assembly as a Crm module and names its module class, so the host finds the module without
/// scanning every type. Put it once in the module's project:
/// <code>[assembly: CrmModule(typeof(TicketsModule))]</code>
/// The class must implement <see cref="ICrmModule"/> and have a public parameterless constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CrmModuleAttribute : Attribute
{
    /// <summary>Names the module class of this assembly.</summary>
    public CrmModuleAttribute(Type moduleType)
    {
        ModuleType = moduleType;
    }

    /// <summary>The class that implements <see cref="ICrmModule"/>.</summary>
    public Type ModuleType { get; }
}
