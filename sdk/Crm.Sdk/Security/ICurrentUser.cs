namespace Crm.Sdk.Security;

/// <summary>
/// Who is acting right now: the signed-in user (or API key) during a request, or the host itself (<c>system</c>)
/// for start-up work and background jobs. The persistence layer reads it when it writes an audit entry, and
/// modules read it to apply record-level access (<see cref="RecordAccess"/>), so nobody passes the user around by
/// hand. Implementations read ambient request state and are safe to hold for the lifetime of the application.
/// </summary>
/// <remarks>
/// The defaults describe the <c>system</c> actor: signed in, holding every permission, seeing every record. The
/// host's request user overrides all of them; a module never implements this interface outside its tests.
/// </remarks>
public interface ICurrentUser
{
    /// <summary>A stable identifier of the actor (user id, API key id, or <c>system</c>), stored in audit entries.</summary>
    string Id { get; }

    /// <summary>False for an anonymous caller; true for a signed-in user, an API key and the system actor.</summary>
    bool IsAuthenticated => true;

    /// <summary>
    /// The ids of every user who shares at least one team with this actor, the actor included. A record owned by
    /// one of them is within reach at <see cref="RecordAccessLevel.Team"/>.
    /// </summary>
    IReadOnlySet<string> TeamMemberIds => new HashSet<string>(StringComparer.Ordinal) { Id };

    /// <summary>True when the actor's roles grant <paramref name="permission"/> (e.g. <c>customers.read</c>).</summary>
    bool HasPermission(string permission) => true;

    /// <summary>How far the actor's roles let it see the records of module <paramref name="moduleId"/>.</summary>
    RecordAccessLevel AccessLevelFor(string moduleId) => RecordAccessLevel.All;
}
