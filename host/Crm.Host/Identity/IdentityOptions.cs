namespace Crm.Host.Identity;

/// <summary>Sign-in settings (configuration section <c>Crm:Identity</c>); docs/operations.md lists them.</summary>
public sealed class IdentityOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Crm:Identity";

    /// <summary>The environment variable that sets the first admin's password on an empty database.</summary>
    public const string AdminPasswordVariable = "CRM_ADMIN_PASSWORD";

    /// <summary>
    /// The password the <c>admin</c> user gets when the database has no user yet. Null: <see cref="AdminPasswordVariable"/>,
    /// else a generated one printed once. Ignored once any user exists.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>How long a sign-in (cookie or bearer token) lasts. Default 12 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The cookie a browser's sign-in sets (HttpOnly, SameSite=Strict).</summary>
    public string CookieName { get; set; } = "crm_session";

    /// <summary>Whether the session cookie is marked Secure; null (default) marks it when the request came over HTTPS.</summary>
    public bool? SecureCookie { get; set; }

    /// <summary>Failed sign-ins allowed per login and client address within <see cref="FailureWindow"/>. Default 5.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>The window failures are counted in, and how long a blocked login waits at most. Default 15 minutes.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a token check and a user's roles, permissions and teams are reused before the database is asked again;
    /// a role change or a revoked key takes effect within this time. Default 5 seconds; zero asks on every request.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
