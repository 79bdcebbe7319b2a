namespace Crm.Sdk.Security;

/// <summary>
/// Who is acting right now: the signed-in user during a request, or the host itself (<c>system</c>) for
/// start-up work and background jobs. The persistence layer reads it when it writes an audit entry, so a
/// module never passes the user around by hand. Implementations read ambient request state and are safe to
/// hold for the lifetime of the application.
/// </summary>
public interface ICurrentUser
{
    /// <summary>A stable identifier of the actor (user id, API key id, or <c>system</c>), stored in audit entries.</summary>
    string Id { get; }
}
