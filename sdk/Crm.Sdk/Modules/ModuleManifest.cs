using System.Text.RegularExpressions;

namespace Crm.Sdk.Modules;

/// <summary>
/// Who a module is: its id, name, version and what it needs. The host reads it before it enables the module;
/// for a plugin the same facts come from <c>crm-module.json</c> before any plugin code is loaded, and the
/// two must agree.
/// </summary>
public sealed partial record ModuleManifest
{
    /// <summary>Creates a manifest, checking the id and the dependencies.</summary>
    /// <param name="id">Lower-case dotted id, unique in a deployment, e.g. <c>crm.customers</c> or <c>acme.tickets</c>.</param>
    /// <param name="name">Name shown to admins.</param>
    /// <param name="version">The module's own version.</param>
    /// <param name="description">One sentence for admins: what enabling the module gives them.</param>
    /// <param name="dependencies">Modules that must be enabled first.</param>
    public ModuleManifest(string id, string name, SemanticVersion version, string description = "", IReadOnlyList<ModuleDependency>? dependencies = null)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"Module id '{id}' is invalid: use lower-case letters, digits, '-' and dots, starting with a letter (e.g. 'crm.customers').", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Version = version;
        Description = description;
        Dependencies = dependencies ?? [];
        if (Dependencies.Any(d => d.ModuleId == id))
        {
            throw new ArgumentException($"Module '{id}' depends on itself.", nameof(dependencies));
        }
    }

    /// <summary>Lower-case dotted id, unique in a deployment.</summary>
    public string Id { get; }

    /// <summary>Name shown to admins.</summary>
    public string Name { get; }

    /// <summary>The module's own version.</summary>
    public SemanticVersion Version { get; }

    /// <summary>What enabling the module gives admins.</summary>
    public string Description { get; }

    /// <summary>Modules that must be enabled first.</summary>
    public IReadOnlyList<ModuleDependency> Dependencies { get; }

    /// <summary>True when <paramref name="id"/> is a well-formed module id.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
