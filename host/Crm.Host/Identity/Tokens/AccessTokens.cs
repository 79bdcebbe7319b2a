using Crm.Host.Identity.Storage;
using Crm.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Crm.Host.Identity.Tokens;

/// <summary>
/// Issues, checks and revokes the secrets that sign a caller in: sessions (from <c>signIn</c>) and API keys. A check
/// is cached for <see cref="IdentityOptions.CacheDuration"/>, so a revoked token stops working within that time
/// and a busy client does not cost a database query per request.
/// </summary>
internal sealed class AccessTokens(
    IDbContextFactory<HostDbContext> contexts,
    IMemoryCache cache,
    TimeProvider time,
    IOptions<IdentityOptions> options)
{
    /// <summary>A new session for <paramref name="userId"/>; the secret is returned once and only its hash is kept.</summary>
    public Task<IssuedToken> IssueSessionAsync(string userId, CancellationToken cancellationToken) =>
        IssueAsync(userId, AccessTokenKind.Session, "session", time.GetUtcNow().UtcDateTime + options.Value.SessionLifetime, cancellationToken);

    /// <summary>A new API key for <paramref name="userId"/>, optionally expiring.</summary>
    public Task<IssuedToken> IssueApiKeyAsync(string userId, string name, DateTime? expiresAt, CancellationToken cancellationToken) =>
        IssueAsync(userId, AccessTokenKind.ApiKey, name, expiresAt, cancellationToken);

    /// <summary>
    /// The signed-in user behind <paramref name="secret"/>, or null when the secret is unknown, expired, revoked, or its
    /// user is deactivated.
    /// </summary>
    public async Task<ValidatedToken?> ValidateAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = TokenSecrets.Hash(secret);
        if (!cache.TryGetValue(CacheKey(hash), out ValidatedToken? found))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            found = await (from token in db.AccessTokens.AsNoTracking()
                           join user in db.Users.AsNoTracking() on token.UserId equals user.Id
                           where token.SecretHash == hash && token.RevokedAt == null && user.IsActive
                           select new ValidatedToken(token.Id, token.Kind, token.ExpiresAt, user.Id, user.Login, user.DisplayName))
                .FirstOrDefaultAsync(cancellationToken);
            if (options.Value.CacheDuration > TimeSpan.Zero)
            {
                cache.Set(CacheKey(hash), found, options.Value.CacheDuration);
            }
        }

        return found is not null && (found.ExpiresAt is null || found.ExpiresAt > time.GetUtcNow().UtcDateTime) ? found : null;
    }

    /// <summary>Ends the session or key whose secret is <paramref name="secret"/> (sign-out). Unknown secrets are ignored.</summary>
    public async Task RevokeBySecretAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = TokenSecrets.Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.SecretHash == hash && t.RevokedAt == null, cancellationToken);
        if (token is not null)
        {
            token.RevokedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        cache.Remove(CacheKey(hash));
    }

    /// <summary>Revokes a token by id (an admin revoking an API key); false when no working token has that id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.RevokedAt == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey(token.SecretHash));
        return true;
    }

    private async Task<IssuedToken> IssueAsync(string userId, AccessTokenKind kind, string name, DateTime? expiresAt, CancellationToken cancellationToken)
    {
        var secret = TokenSecrets.Create(kind == AccessTokenKind.Session ? TokenSecrets.SessionPrefix : TokenSecrets.ApiKeyPrefix);
        var record = new AccessTokenRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            UserId = userId,
            Kind = kind,
            Name = name,
            SecretHash = TokenSecrets.Hash(secret),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            ExpiresAt = expiresAt,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AccessTokens.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(record, secret);
    }

    private static string CacheKey(string hash) => "crm:token:" + hash;
}

/// <summary>A token just issued: its stored row and the secret, which is never shown again.</summary>
internal sealed record IssuedToken(AccessTokenRecord Record, string Secret);

/// <summary>A working token and who it signs in.</summary>
internal sealed record ValidatedToken(string TokenId, AccessTokenKind Kind, DateTime? ExpiresAt, string UserId, string Login, string DisplayName);
