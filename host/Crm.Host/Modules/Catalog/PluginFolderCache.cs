using System.Collections.Concurrent;

namespace Crm.Host.Modules.Catalog;

/// <summary>
/// What the last scan read from each usable plugin folder, kept while the two files it read (the manifest and the
/// entry assembly) are unchanged: same size, same last-write time. One toggle scans the catalog several times (the
/// change, the convergence, the answer), and reading ten manifests and assembly headers each time cost more than
/// composing the schema. A folder whose read faulted is read again on every scan, so fixing it shows at once.
/// </summary>
internal sealed class PluginFolderCache
{
    private readonly ConcurrentDictionary<string, (FolderStamp Stamp, CatalogEntry Entry)> _entries = new(StringComparer.Ordinal);

    /// <summary>The entry last read from <paramref name="folder"/>, if neither of its files changed since.</summary>
    public bool TryGet(string folder, out CatalogEntry entry)
    {
        if (_entries.TryGetValue(folder, out var cached) && cached.Stamp == FolderStamp.Of(cached.Entry.Plugin!))
        {
            entry = cached.Entry;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>Keeps a usable folder's entry; forgets a faulted one.</summary>
    public void Remember(string folder, CatalogEntry entry)
    {
        if (entry.Plugin is { } plugin && entry.Fault is null)
        {
            _entries[folder] = (FolderStamp.Of(plugin), entry);
        }
        else
        {
            _entries.TryRemove(folder, out _);
        }
    }

    /// <summary>Forgets folders that are no longer there.</summary>
    public void KeepOnly(IReadOnlyCollection<string> folders)
    {
        foreach (var folder in _entries.Keys.Except(folders, StringComparer.Ordinal))
        {
            _entries.TryRemove(folder, out _);
        }
    }

    // Size and last write of both files; a file that is gone stamps as -1 and never matches a usable read.
    private readonly record struct FolderStamp(long ManifestLength, DateTime ManifestWritten, long AssemblyLength, DateTime AssemblyWritten)
    {
        public static FolderStamp Of(PluginFolder plugin)
        {
            var manifest = new FileInfo(Path.Combine(plugin.Folder, PluginManifestFile.FileName));
            var assembly = new FileInfo(plugin.EntryAssemblyPath);
            return new FolderStamp(
                manifest.Exists ? manifest.Length : -1, manifest.Exists ? manifest.LastWriteTimeUtc : default,
                assembly.Exists ? assembly.Length : -1, assembly.Exists ? assembly.LastWriteTimeUtc : default);
        }
    }
}
