using Crm.Host.Identity.Storage;
using Microsoft.AspNetCore.Identity;

namespace Crm.Host.Identity.Users;

/// <summary>ASP.NET Core Identity's password hasher (PBKDF2, versioned format), from the shared framework.</summary>
internal sealed class PasswordHashing
{
    /// <summary>Shortest password an admin may set.</summary>
    public const int MinimumLength = 8;

    private readonly PasswordHasher<UserRecord> _hasher = new();

    public string Hash(UserRecord user, string password) => _hasher.HashPassword(user, password);

    /// <summary>True when <paramref name="password"/> matches; a hash in an older format still verifies.</summary>
    public bool Verify(UserRecord user, string password) =>
        user.PasswordHash is { } hash && _hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
}
