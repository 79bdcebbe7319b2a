using Autofac;
using Crm.Sdk.Modules;

namespace Crm.Host.Modules;

/// <summary>
/// An enabled module inside one application shape: the module instance and the child lifetime scope built
/// from its <see cref="ICrmModule.ConfigureServices"/>. The scope belongs to the shape and is disposed with it.
/// </summary>
public sealed record ActiveModule(ICrmModule Module, ILifetimeScope Scope, bool IsPlugin)
{
    /// <summary>The module's id, from its manifest.</summary>
    public string Id => Module.Manifest.Id;

    /// <summary>The module's manifest.</summary>
    public ModuleManifest Manifest => Module.Manifest;
}
