using Crm.Sdk.Modules;

namespace Crm.Host.Modules.Catalog;

/// <summary>
/// Checks the modules against each other, from manifests alone: one module per id, no dependency cycles,
/// every dependency installed in an accepted version and not itself faulted. A module that fails any check is
/// faulted with a message naming what to fix; the others stay usable.
/// </summary>
internal static class CatalogValidator
{
    public static CatalogSnapshot Validate(IEnumerable<CatalogEntry> discovered)
    {
        var entries = RejectDuplicateIds(discovered.ToList());
        entries = RejectCycles(entries);
        entries = RejectUnmetDependencies(entries);
        return new CatalogSnapshot(InDependencyOrder(entries));
    }

    private static List<CatalogEntry> RejectDuplicateIds(List<CatalogEntry> entries)
    {
        var firstByKey = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var result = new List<CatalogEntry>(entries.Count);
        foreach (var entry in entries.OrderBy(e => e.Origin).ThenBy(e => e.Location, StringComparer.Ordinal))
        {
            if (firstByKey.TryGetValue(entry.Key, out var first))
            {
                var message = $"Module id '{entry.Key}' is declared by both {Describe(first)} and {Describe(entry)}; ids must be unique. Remove one of them.";
                result.Add(entry with { Key = Describe(entry), Fault = entry.Fault ?? message });
                continue;
            }

            firstByKey.Add(entry.Key, entry);
            result.Add(entry);
        }

        return result;
    }

    private static List<CatalogEntry> RejectCycles(List<CatalogEntry> entries)
    {
        var usable = entries.Where(e => e.Fault is null).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var cycleMessages = new Dictionary<string, string>(StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        var path = new List<string>();

        void Visit(string id)
        {
            if (state.TryGetValue(id, out var done))
            {
                if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(id)).Append(id).ToList();
                    var message = $"Dependency cycle: {string.Join(" -> ", cycle)}. Modules cannot depend on each other in a circle; remove one dependency.";
                    foreach (var member in cycle)
                    {
                        cycleMessages.TryAdd(member, message);
                    }
                }

                return;
            }

            state[id] = false;
            path.Add(id);
            foreach (var dependency in usable[id].Manifest!.Dependencies.Where(d => usable.ContainsKey(d.ModuleId)))
            {
                Visit(dependency.ModuleId);
            }

            path.RemoveAt(path.Count - 1);
            state[id] = true;
        }

        foreach (var id in usable.Keys.Order(StringComparer.Ordinal))
        {
            Visit(id);
        }

        return entries.Select(e => cycleMessages.TryGetValue(e.Key, out var m) && e.Fault is null ? e with { Fault = m } : e).ToList();
    }

    private static List<CatalogEntry> RejectUnmetDependencies(List<CatalogEntry> entries)
    {
        // Repeats until nothing changes: a module depending on a newly faulted module is faulted in turn.
        bool changed;
        do
        {
            changed = false;
            var byKey = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry.Fault is not null)
                {
                    continue;
                }

                var problem = entry.Manifest!.Dependencies
                    .Select(d => DescribeUnmet(entry.Key, d, byKey.GetValueOrDefault(d.ModuleId)))
                    .FirstOrDefault(p => p is not null);
                if (problem is not null)
                {
                    entries[i] = entry with { Fault = problem };
                    changed = true;
                }
            }
        }
        while (changed);

        return entries;
    }

    private static string? DescribeUnmet(string id, ModuleDependency dependency, CatalogEntry? target)
    {
        if (target?.Manifest is null)
        {
            return $"'{id}' depends on '{dependency.ModuleId}' ({dependency.Versions}), which is not installed. Install '{dependency.ModuleId}' or remove '{id}'.";
        }

        if (!dependency.Versions.Includes(target.Manifest.Version))
        {
            return $"'{id}' needs '{dependency.ModuleId}' {dependency.Versions}, but version {target.Manifest.Version} is installed. Install a matching version of '{dependency.ModuleId}'.";
        }

        return target.Fault is null ? null : $"'{id}' depends on '{dependency.ModuleId}', which is faulted: {target.Fault}";
    }

    private static List<CatalogEntry> InDependencyOrder(List<CatalogEntry> entries)
    {
        var usable = entries.Where(e => e.Fault is null).ToDictionary(e => e.Key, StringComparer.Ordinal);
        var ordered = new List<CatalogEntry>(entries.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);

        void Place(CatalogEntry entry)
        {
            if (!placed.Add(entry.Key))
            {
                return;
            }

            foreach (var dependency in entry.Manifest!.Dependencies)
            {
                Place(usable[dependency.ModuleId]);
            }

            ordered.Add(entry);
        }

        foreach (var entry in usable.Values.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Place(entry);
        }

        ordered.AddRange(entries.Where(e => e.Fault is not null).OrderBy(e => e.Key, StringComparer.Ordinal));
        return ordered;
    }

    private static string Describe(CatalogEntry entry) =>
        entry.Origin == ModuleOrigin.Plugin ? $"plugins/{Path.GetFileName(entry.Location)}" : $"built-in {entry.Location}";
}
