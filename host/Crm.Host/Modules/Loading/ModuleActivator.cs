using Crm.Sdk.Modules;

namespace Crm.Host.Modules.Loading;

/// <summary>Creates the module class named by <see cref="CrmModuleAttribute"/>, turning failures into admin-readable errors.</summary>
internal static class ModuleActivator
{
    public static ICrmModule Create(Type moduleType, string location)
    {
        if (!typeof(ICrmModule).IsAssignableFrom(moduleType))
        {
            var implementsOtherSdk = moduleType.GetInterfaces().Any(i => i.FullName == typeof(ICrmModule).FullName);
            throw new ModuleLoadException(implementsOtherSdk
                ? $"{moduleType.FullName} in {location} implements a different copy of ICrmModule: remove Crm.Sdk.dll from the plugin folder (reference the SDK with Private=false and ExcludeAssets=runtime)."
                : $"{moduleType.FullName} in {location} does not implement ICrmModule.");
        }

        if (moduleType.IsAbstract || moduleType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ModuleLoadException($"{moduleType.FullName} in {location} needs a public parameterless constructor and must not be abstract.");
        }

        try
        {
            return (ICrmModule)Activator.CreateInstance(moduleType)!;
        }
        catch (Exception exception)
        {
            throw Describe(exception, $"creating {moduleType.FullName} from {location}", location);
        }
    }

    /// <summary>Wraps a failure of plugin or module code in a message that names the missing file when there is one.</summary>
    public static ModuleLoadException Describe(Exception exception, string doing, string location)
    {
        var cause = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
        return cause switch
        {
            ModuleLoadException known => known,
            FileNotFoundException missing => new ModuleLoadException(
                $"{doing} failed: the assembly '{missing.FileName}' could not be found. A plugin carries its private dependencies: publish it and copy the whole output into {location}.", cause),
            FileLoadException unloadable => new ModuleLoadException(
                $"{doing} failed: the assembly '{unloadable.FileName}' could not be loaded ({unloadable.Message}).", cause),
            BadImageFormatException badImage => new ModuleLoadException(
                $"{doing} failed: '{badImage.FileName}' is not a valid .NET assembly. Rebuild the plugin.", cause),
            _ => new ModuleLoadException($"{doing} failed: {cause.GetType().Name}: {cause.Message}", cause),
        };
    }
}
