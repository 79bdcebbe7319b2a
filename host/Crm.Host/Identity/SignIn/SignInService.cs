using Crm.Host.Identity.Storage;
using Crm.Host.Identity.Tokens;
using Crm.Host.Identity.Users;
using Crm.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Identity.SignIn;

/// <summary>Checks a login and password and opens a session; wrong ones count toward the <see cref="SignInThrottle"/>.</summary>
internal sealed class SignInService(
    IDbContextFactory<HostDbContext> contexts,
    PasswordHashing passwords,
    AccessTokens tokens,
    SignInThrottle throttle,
    ILogger<SignInService> logger)
{
    /// <summary>Code of a wrong login or password (deliberately the same for both, so logins cannot be probed).</summary>
    public const string InvalidCredentials = "INVALID_CREDENTIALS";

    /// <summary>Code of a sign-in refused because of too many recent failures.</summary>
    public const string TooManyAttempts = "TOO_MANY_ATTEMPTS";

    public async Task<SignInOutcome> SignInAsync(string login, string password, string client, CancellationToken cancellationToken)
    {
        var key = UserRecord.KeyOf(login ?? "");
        if (throttle.RetryAfter(key, client) is { } wait)
        {
            logger.LogWarning("Sign-in of {Login} from {Client} refused: too many failed attempts", key, client);
            return SignInOutcome.Failed(TooManyAttempts, $"Too many failed sign-ins; try again in {Math.Ceiling(wait.TotalMinutes)} minute(s).", wait);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.LoginKey == key, cancellationToken);
        if (user is null || !user.IsActive || !passwords.Verify(user, password ?? ""))
        {
            throttle.RecordFailure(key, client);
            logger.LogInformation("Failed sign-in of {Login} from {Client}", key, client);
            return SignInOutcome.Failed(InvalidCredentials, "The login or password is wrong, or the user is deactivated.", null);
        }

        throttle.RecordSuccess(key, client);
        var issued = await tokens.IssueSessionAsync(user.Id, cancellationToken);
        return new SignInOutcome(user, issued, null, null, null);
    }
}

/// <summary>A signed-in user and their new session, or the error code and message of a refusal.</summary>
internal sealed record SignInOutcome(UserRecord? User, IssuedToken? Session, string? ErrorCode, string? ErrorMessage, TimeSpan? RetryAfter)
{
    public static SignInOutcome Failed(string code, string message, TimeSpan? retryAfter) => new(null, null, code, message, retryAfter);
}
