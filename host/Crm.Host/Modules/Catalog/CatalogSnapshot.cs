namespace Crm.Host.Modules.Catalog;

/// <summary>Every module the catalog found at one moment, checked against each other.</summary>
public sealed class CatalogSnapshot
{
    internal CatalogSnapshot(IReadOnlyList<CatalogEntry> entries)
    {
        Entries = entries;
        ByKey = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
    }

    /// <summary>All entries, usable ones in dependency order (dependencies first), then faulted ones.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Entries by key (the module id for every usable entry).</summary>
    public IReadOnlyDictionary<string, CatalogEntry> ByKey { get; }

    /// <summary>The entry with this key, or null.</summary>
    public CatalogEntry? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>Usable entries whose manifest lists <paramref name="id"/> as a dependency.</summary>
    public IEnumerable<CatalogEntry> DependentsOf(string id) =>
        Entries.Where(e => e.Manifest?.Dependencies.Any(d => d.ModuleId == id) == true);
}
