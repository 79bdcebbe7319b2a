using Crm.Sdk.Security;

namespace Crm.Host.Identity.Users;

/// <summary>What a user's roles and teams give them, read from the database and turned into claims per request.</summary>
/// <param name="Permissions">Granted permission names (the wildcard already expanded).</param>
/// <param name="Levels">The widest access level per module id; a module not listed is <see cref="RecordAccessLevel.None"/>.</param>
/// <param name="TeamMemberIds">Everyone who shares a team with the user, the user included.</param>
internal sealed record UserGrants(
    IReadOnlySet<string> Permissions,
    IReadOnlyDictionary<string, RecordAccessLevel> Levels,
    IReadOnlySet<string> TeamMemberIds);
