namespace Crm.Host.Identity.Storage;

/// <summary>
/// One row of the host's <c>access_tokens</c> table: a sign-in session (cookie or bearer token) or an API key. Only
/// the SHA-256 of the secret is stored, so a copy of the database signs nobody in.
/// </summary>
internal sealed class AccessTokenRecord
{
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public AccessTokenKind Kind { get; set; }

    /// <summary>What the admin called an API key ("billing export"); "session" for sign-ins.</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the secret, unique; the secret itself is shown once and never stored.</summary>
    public string SecretHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When the token stops working, UTC; null for an API key without expiry.</summary>
    public DateTime? ExpiresAt { get; set; }

    /// <summary>When it was revoked (sign-out, admin revoke), UTC; null while it works.</summary>
    public DateTime? RevokedAt { get; set; }
}

/// <summary>What an access token is for.</summary>
internal enum AccessTokenKind
{
    /// <summary>Created by <c>signIn</c>; ends at sign-out or expiry.</summary>
    Session = 0,

    /// <summary>Issued by an admin for an integration; works until revoked or its expiry.</summary>
    ApiKey = 1,
}
