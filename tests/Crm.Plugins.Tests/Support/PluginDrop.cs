using Crm.Host.Tests.Http;

namespace Crm.Plugins.Tests.Support;

/// <summary>Drops a published plugin folder into a running host's plugins folder, as an admin copies one.</summary>
public static class PluginDrop
{
    /// <summary>The publish folders of the plugins under plugins/ and TestPlugins/, built by this project.</summary>
    public static string Published(string projectName) => Path.Combine(AppContext.BaseDirectory, "plugins-under-test", projectName);

    /// <summary>Copies the folder, crm-module.json last, so the host's poller never sees a manifest without its code.</summary>
    public static void CopyInto(CrmTestHost host, string sourceFolder, string folderName)
    {
        var files = Directory.GetFiles(sourceFolder, "*", SearchOption.AllDirectories)
            .OrderBy(f => Path.GetFileName(f) == "crm-module.json");
        foreach (var file in files)
        {
            var destination = Path.Combine(host.Root.FullName, "plugins", folderName, Path.GetRelativePath(sourceFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
