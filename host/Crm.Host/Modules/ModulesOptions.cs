namespace Crm.Host.Modules;

/// <summary>Configuration of module discovery and convergence, section <c>Crm:Modules</c>.</summary>
public sealed class ModulesOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Crm:Modules";

    /// <summary>
    /// Folder holding one subfolder per plugin. A relative path is taken from the host binary's folder, so
    /// <c>dotnet run</c> finds the plugins the build copied there.
    /// </summary>
    public string PluginsPath { get; set; } = "plugins";

    /// <summary>How often a running server re-reads the module state store and the plugins folder.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Built-in modules nobody has switched yet start enabled, so a fresh install is usable.</summary>
    public bool EnableBuiltInModulesByDefault { get; set; } = true;

    /// <summary>Plugins nobody has switched yet start enabled; off by default, an admin decides.</summary>
    public bool EnablePluginsByDefault { get; set; }

    /// <summary>
    /// Whether enabled modules' background services (reminder sweeps and the like) run. On for a server; an admin
    /// command (<c>seed</c>, <c>modules</c>) turns it off: the command's own writes must not race a sweep for the
    /// database, and a command that exits soon must not take a lease a running server then waits out.
    /// </summary>
    public bool RunBackgroundServices { get; set; } = true;

    /// <summary>
    /// Names of extra assemblies a plugin must take from the host instead of its own folder, for contract
    /// libraries that several plugins and the host share. Crm.Sdk and the platform libraries are always shared.
    /// </summary>
    public IList<string> SharedAssemblies { get; } = [];

    /// <summary>Resolves <see cref="PluginsPath"/> against the host binary's folder.</summary>
    public string PluginsFullPath => Path.GetFullPath(PluginsPath, AppContext.BaseDirectory);
}
