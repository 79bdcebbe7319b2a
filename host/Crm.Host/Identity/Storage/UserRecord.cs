using Crm.Sdk.Persistence;

namespace Crm.Host.Identity.Storage;

/// <summary>One row of the host's <c>users</c> table: someone who signs in.</summary>
internal sealed class UserRecord : IVersionedEntity
{
    /// <summary>The stable id (a GUID in "N" form) that audit entries and modules' owner columns hold.</summary>
    public string Id { get; set; } = "";

    /// <summary>The sign-in name as the admin typed it.</summary>
    public string Login { get; set; } = "";

    /// <summary>The login in lower case (invariant), unique: "Anna" and "anna" are one user.</summary>
    public string LoginKey { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>ASP.NET Core Identity's hash of the password; null for a user who signs in with API keys only.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>False for a deactivated user: no sign-in, no key works, history kept.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public long Version { get; set; }

    public static string KeyOf(string login) => login.Trim().ToLowerInvariant();
}
