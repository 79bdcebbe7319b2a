using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crm.Host.Tests.Support;

/// <summary>
/// A throwaway plugins folder and data folder for one test. Plugins are copied from the real test plugin
/// builds (test-plugins/ in the test output), as an admin would copy a plugin's publish folder.
/// </summary>
internal sealed class TestWorkspace : IDisposable
{
    private static readonly string BuiltPlugins = Path.Combine(AppContext.BaseDirectory, "test-plugins");

    public TestWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "crm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(PluginsPath);
        Directory.CreateDirectory(DataPath);
    }

    public string Root { get; }

    public string PluginsPath => Path.Combine(Root, "plugins");

    public string DataPath => Path.Combine(Root, "data");

    /// <summary>Copies test plugin <paramref name="name"/> (e.g. "Alpha") into plugins/<paramref name="folder"/>.</summary>
    public string AddPlugin(string name, string? folder = null)
    {
        var source = Path.Combine(BuiltPlugins, $"TestPlugins.{name}");
        var target = Path.Combine(PluginsPath, folder ?? name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Copies a plugin and rewrites fields of its crm-module.json (id, version, dependencies...).</summary>
    public string AddPluginWithManifest(string name, string folder, Action<JsonObject> edit)
    {
        var target = AddPlugin(name, folder);
        var path = Path.Combine(target, "crm-module.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return target;
    }

    public string[] HostArgs(params string[] extra) =>
    [
        $"--Crm:Modules:PluginsPath={PluginsPath}",
        $"--Crm:DataDirectory={DataPath}",
        "--Crm:Modules:SharedAssemblies:0=TestPlugins.Contracts",
        "--Crm:Modules:PollInterval=00:00:00.200",
        "--urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        .. extra,
    ];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a process under test; the temp folder is cleaned by the OS later.
        }
    }
}
