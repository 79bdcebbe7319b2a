using System.Reflection;
using Crm.Sdk;
using Crm.Sdk.Modules;

namespace Crm.Host.Modules.Catalog;

/// <summary>
/// Reads every plugin folder's <c>crm-module.json</c> and checks what can be checked without running the
/// plugin: the manifest's fields, the SDK version, and that the entry assembly exists and is a .NET assembly
/// (its metadata is read, its code is not loaded).
/// </summary>
internal static class PluginFolderScanner
{
    public static async Task<IReadOnlyList<CatalogEntry>> ScanAsync(string pluginsPath, PluginFolderCache cache, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(pluginsPath))
        {
            cache.KeepOnly([]);
            return [];
        }

        var folders = Directory.GetDirectories(pluginsPath).Order(StringComparer.Ordinal).ToList();
        cache.KeepOnly(folders);
        var entries = new List<CatalogEntry>(folders.Count);
        foreach (var folder in folders)
        {
            if (!cache.TryGet(folder, out var entry))
            {
                entry = await ReadFolderAsync(folder, cancellationToken);
                cache.Remember(folder, entry);
            }

            entries.Add(entry);
        }

        return entries;
    }

    private static async Task<CatalogEntry> ReadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var displayName = $"plugins/{Path.GetFileName(folder)}";
        CatalogEntry Faulted(string message, ModuleManifest? manifest = null) =>
            new(manifest?.Id ?? displayName, ModuleOrigin.Plugin, folder, manifest, $"Plugin folder {displayName}: {message}");

        var manifestPath = Path.Combine(folder, PluginManifestFile.FileName);
        if (!File.Exists(manifestPath))
        {
            return Faulted($"no {PluginManifestFile.FileName}; every plugin folder needs one (see docs/modules.md).");
        }

        var (file, readError) = await PluginManifestFile.ReadAsync(manifestPath, cancellationToken);
        if (file is null)
        {
            return Faulted(readError!);
        }

        ModuleManifest manifest;
        try
        {
            manifest = file.ToManifest();
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            return Faulted($"{PluginManifestFile.FileName} is invalid: {exception.Message}");
        }

        var sdkVersion = SemanticVersion.Parse(file.SdkVersion!);
        if (sdkVersion.Major != SdkInfo.Major)
        {
            return Faulted($"'{manifest.Id}' was built against Crm SDK {sdkVersion.Major}.{sdkVersion.Minor}, but this host supports SDK {SdkInfo.Major}.x (it has {SdkInfo.Version}). Install a version of the plugin built for SDK {SdkInfo.Major}.x.", manifest);
        }

        if (sdkVersion.Minor > SdkInfo.Minor)
        {
            return Faulted($"'{manifest.Id}' needs Crm SDK {sdkVersion.Major}.{sdkVersion.Minor}, newer than this host's SDK {SdkInfo.Version}. Upgrade the host.", manifest);
        }

        var entryAssemblyPath = Path.GetFullPath(Path.Combine(folder, file.EntryAssembly!));
        if (!File.Exists(entryAssemblyPath))
        {
            return Faulted($"the entry assembly '{file.EntryAssembly}' named in {PluginManifestFile.FileName} is not in the folder. Copy the plugin's build output (dotnet publish) here.", manifest);
        }

        try
        {
            // Reads the metadata only; no code of the plugin is loaded or run.
            _ = AssemblyName.GetAssemblyName(entryAssemblyPath);
        }
        catch (BadImageFormatException)
        {
            return Faulted($"'{file.EntryAssembly}' is not a .NET assembly (corrupt or native). Rebuild the plugin and copy it again.", manifest);
        }

        return new CatalogEntry(manifest.Id, ModuleOrigin.Plugin, folder, manifest, null)
        {
            Plugin = new PluginFolder(folder, entryAssemblyPath, sdkVersion),
        };
    }
}
