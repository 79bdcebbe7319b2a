using Crm.Host.Modules;
using Crm.Host.Modules.Catalog;
using Crm.Sdk.Security;

namespace Crm.Host.GraphQL.Admin;

/// <summary>One module as the admin API shows it.</summary>
/// <param name="Id">The module id (or <c>plugins/FOLDER</c> when a plugin's manifest cannot be read).</param>
/// <param name="Name">The manifest's name, or empty.</param>
/// <param name="Version">The manifest's version, or empty.</param>
/// <param name="Description">The manifest's description, or null.</param>
/// <param name="Origin">Built in or plugin.</param>
/// <param name="State">Where it stands.</param>
/// <param name="LastError">Why it is Faulted, or why an enabled module is not running yet; null otherwise.</param>
/// <param name="DependsOn">Ids of the modules it needs.</param>
/// <param name="NeededBy">Ids of the modules that need it.</param>
/// <param name="Permissions">
/// What its fields require; null for a plugin that is not loaded, since reading them would run its code.
/// </param>
internal sealed record ModuleInfo(
    string Id,
    string Name,
    string Version,
    string? Description,
    ModuleOrigin Origin,
    ModuleState State,
    string? LastError,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> NeededBy,
    IReadOnlyList<PermissionDefinition>? Permissions);
