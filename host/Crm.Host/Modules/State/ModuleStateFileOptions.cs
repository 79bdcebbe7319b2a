namespace Crm.Host.Modules.State;

/// <summary>Where the file-based module state store writes, bound from section <c>Crm</c>.</summary>
public sealed class ModuleStateFileOptions
{
    /// <summary>The host's data folder (<c>Crm:DataDirectory</c>); relative paths start at the working folder.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The state file inside <see cref="DataDirectory"/>.</summary>
    public string FilePath => Path.Combine(Path.GetFullPath(DataDirectory), "module-states.json");
}
