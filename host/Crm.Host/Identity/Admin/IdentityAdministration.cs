using Crm.Host.Identity.Storage;
using Crm.Host.Identity.Tokens;
using Crm.Host.Identity.Users;
using Crm.Host.Persistence;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Identity.Admin;

/// <summary>
/// What an admin with <c>users.manage</c> does to identity: users, roles, teams and API keys. Every method checks its
/// input first and writes nothing when it returns errors; the writes are audited by the host's context.
/// </summary>
internal sealed class IdentityAdministration(
    IDbContextFactory<HostDbContext> contexts,
    PasswordHashing passwords,
    AccessTokens tokens,
    TimeProvider time)
{
    public async Task<AdminResult<UserRecord>> CreateUserAsync(CreateUserInput input, CancellationToken cancellationToken)
    {
        var errors = new List<IUserError>();
        var login = (input.Login ?? "").Trim();
        if (login.Length is 0 or > 100 || login.Any(char.IsWhiteSpace))
        {
            errors.Add(new InputError(ErrorCodes.InvalidInput, "A login has 1 to 100 characters and no spaces.", ["login"]));
        }

        CheckPassword(input.Password, errors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = UserRecord.KeyOf(login);
        if (errors.Count == 0 && await db.Users.AnyAsync(u => u.LoginKey == key, cancellationToken))
        {
            errors.Add(new InputError(ErrorCodes.Conflict, $"The login '{login}' is taken.", ["login"]));
        }

        await CheckRolesAndTeamsAsync(db, input.RoleIds, input.TeamIds, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return AdminResult<UserRecord>.Failed(errors);
        }

        var user = new UserRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Login = login,
            LoginKey = key,
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? login : input.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = input.Password is null ? null : passwords.Hash(user, input.Password);
        db.Users.Add(user);
        db.UserRoles.AddRange((input.RoleIds ?? []).Distinct().Select(r => new UserRoleRecord { UserId = user.Id, RoleId = r }));
        db.TeamMembers.AddRange((input.TeamIds ?? []).Distinct().Select(t => new TeamMemberRecord { UserId = user.Id, TeamId = t }));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult<UserRecord>.Ok(user);
    }

    /// <summary>Changes what is given: display name, active flag, roles (replaced), teams (replaced).</summary>
    public async Task<AdminResult<UserRecord>> UpdateUserAsync(UpdateUserInput input, CancellationToken cancellationToken)
    {
        var errors = new List<IUserError>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == input.Id, cancellationToken);
        if (user is null)
        {
            return AdminResult<UserRecord>.Failed([new InputError(ErrorCodes.NotFound, $"No user has the id '{input.Id}'.", ["id"])]);
        }

        await CheckRolesAndTeamsAsync(db, input.RoleIds, input.TeamIds, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return AdminResult<UserRecord>.Failed(errors);
        }

        if (!string.IsNullOrWhiteSpace(input.DisplayName))
        {
            user.DisplayName = input.DisplayName.Trim();
        }

        if (input.IsActive is { } active)
        {
            user.IsActive = active;
        }

        if (input.RoleIds is { } roleIds)
        {
            db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == user.Id).ToListAsync(cancellationToken));
            db.UserRoles.AddRange(roleIds.Distinct().Select(r => new UserRoleRecord { UserId = user.Id, RoleId = r }));
        }

        if (input.TeamIds is { } teamIds)
        {
            db.TeamMembers.RemoveRange(await db.TeamMembers.Where(t => t.UserId == user.Id).ToListAsync(cancellationToken));
            db.TeamMembers.AddRange(teamIds.Distinct().Select(t => new TeamMemberRecord { UserId = user.Id, TeamId = t }));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (input.IsActive == false)
        {
            await RevokeSessionsAsync(user.Id, cancellationToken);
        }

        return AdminResult<UserRecord>.Ok(user);
    }

    /// <summary>Sets a new password and ends the user's open sessions.</summary>
    public async Task<AdminResult<UserRecord>> ResetPasswordAsync(string userId, string? password, CancellationToken cancellationToken)
    {
        var errors = new List<IUserError>();
        CheckPassword(password, errors, required: true);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            errors.Add(new InputError(ErrorCodes.NotFound, $"No user has the id '{userId}'.", ["id"]));
        }

        if (errors.Count > 0)
        {
            return AdminResult<UserRecord>.Failed(errors);
        }

        user!.PasswordHash = passwords.Hash(user, password!);
        await db.SaveChangesAsync(cancellationToken);
        await RevokeSessionsAsync(user.Id, cancellationToken);
        return AdminResult<UserRecord>.Ok(user);
    }

    /// <summary>Creates a role (no id) or replaces a role's name, permissions and record levels.</summary>
    public async Task<AdminResult<RoleRecord>> SaveRoleAsync(SaveRoleInput input, CancellationToken cancellationToken)
    {
        var errors = new List<IUserError>();
        var name = (input.Name ?? "").Trim();
        if (name.Length is 0 or > 100)
        {
            errors.Add(new InputError(ErrorCodes.InvalidInput, "A role name has 1 to 100 characters.", ["name"]));
        }

        var permissions = (input.Permissions ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (permissions.FirstOrDefault(p => p.Length > 100) is { } tooLong)
        {
            errors.Add(new InputError(ErrorCodes.InvalidInput, $"The permission '{tooLong[..20]}...' is too long.", ["permissions"]));
        }

        var levels = input.RecordAccess ?? [];
        if (levels.GroupBy(l => l.ModuleId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add(new InputError(ErrorCodes.InvalidInput, $"Module '{twice.Key}' is given two levels.", ["recordAccess"]));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        RoleRecord? role = null;
        if (input.Id is not null)
        {
            role = await db.Roles.FirstOrDefaultAsync(r => r.Id == input.Id, cancellationToken);
            if (role is null)
            {
                errors.Add(new InputError(ErrorCodes.NotFound, $"No role has the id '{input.Id}'.", ["id"]));
            }
        }

        if (errors.Count == 0 && await db.Roles.AnyAsync(r => r.Name == name && r.Id != input.Id, cancellationToken))
        {
            errors.Add(new InputError(ErrorCodes.Conflict, $"A role named '{name}' exists.", ["name"]));
        }

        if (errors.Count > 0)
        {
            return AdminResult<RoleRecord>.Failed(errors);
        }

        if (role is null)
        {
            role = new RoleRecord { Id = Guid.NewGuid().ToString("N"), Name = name };
            db.Roles.Add(role);
        }
        else
        {
            role.Name = name;
            db.RolePermissions.RemoveRange(await db.RolePermissions.Where(p => p.RoleId == role.Id).ToListAsync(cancellationToken));
            db.RoleAccessLevels.RemoveRange(await db.RoleAccessLevels.Where(l => l.RoleId == role.Id).ToListAsync(cancellationToken));
        }

        db.RolePermissions.AddRange(permissions.Select(p => new RolePermissionRecord { RoleId = role.Id, Permission = p }));
        db.RoleAccessLevels.AddRange(levels.Select(l => new RoleAccessLevelRecord { RoleId = role.Id, ModuleId = l.ModuleId, Level = l.Level }));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult<RoleRecord>.Ok(role);
    }

    public async Task<AdminResult<TeamRecord>> CreateTeamAsync(string? name, CancellationToken cancellationToken)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > 100)
        {
            return AdminResult<TeamRecord>.Failed([new InputError(ErrorCodes.InvalidInput, "A team name has 1 to 100 characters.", ["name"])]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Teams.AnyAsync(t => t.Name == trimmed, cancellationToken))
        {
            return AdminResult<TeamRecord>.Failed([new InputError(ErrorCodes.Conflict, $"A team named '{trimmed}' exists.", ["name"])]);
        }

        var team = new TeamRecord { Id = Guid.NewGuid().ToString("N"), Name = trimmed };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult<TeamRecord>.Ok(team);
    }

    /// <summary>Issues an API key acting as <paramref name="userId"/>; the secret is in the result once.</summary>
    public async Task<AdminResult<IssuedToken>> IssueApiKeyAsync(string userId, string? name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var errors = new List<IUserError>();
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > 200)
        {
            errors.Add(new InputError(ErrorCodes.InvalidInput, "Name the key (1 to 200 characters), e.g. what integration uses it.", ["name"]));
        }

        if (expiresAt is { } expiry && expiry <= time.GetUtcNow())
        {
            errors.Add(new InputError(ErrorCodes.InvalidInput, "The expiry must be in the future.", ["expiresAt"]));
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, cancellationToken))
            {
                errors.Add(new InputError(ErrorCodes.NotFound, $"No active user has the id '{userId}'.", ["userId"]));
            }
        }

        if (errors.Count > 0)
        {
            return AdminResult<IssuedToken>.Failed(errors);
        }

        return AdminResult<IssuedToken>.Ok(await tokens.IssueApiKeyAsync(userId, trimmed, expiresAt?.UtcDateTime, cancellationToken));
    }

    public async Task<AdminResult<AccessTokenRecord>> RevokeApiKeyAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id && t.Kind == AccessTokenKind.ApiKey, cancellationToken);
        if (key is null)
        {
            return AdminResult<AccessTokenRecord>.Failed([new InputError(ErrorCodes.NotFound, $"No API key has the id '{id}'.", ["id"])]);
        }

        await tokens.RevokeAsync(id, cancellationToken);
        return AdminResult<AccessTokenRecord>.Ok(await db.AccessTokens.AsNoTracking().FirstAsync(t => t.Id == id, cancellationToken));
    }

    private async Task RevokeSessionsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await db.AccessTokens.Where(t => t.UserId == userId && t.Kind == AccessTokenKind.Session && t.RevokedAt == null).Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var id in sessions)
        {
            await tokens.RevokeAsync(id, cancellationToken);
        }
    }

    private static void CheckPassword(string? password, List<IUserError> errors, bool required = false)
    {
        if (password is null && !required)
        {
            return;
        }

        if ((password ?? "").Length < PasswordHashing.MinimumLength)
        {
            errors.Add(new InputError(ErrorCodes.InvalidInput, $"A password has at least {PasswordHashing.MinimumLength} characters.", ["password"]));
        }
    }

    private static async Task CheckRolesAndTeamsAsync(HostDbContext db, IReadOnlyList<string>? roleIds, IReadOnlyList<string>? teamIds, List<IUserError> errors, CancellationToken cancellationToken)
    {
        if (roleIds is { Count: > 0 })
        {
            var known = await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
            foreach (var missing in roleIds.Except(known))
            {
                errors.Add(new InputError(ErrorCodes.NotFound, $"No role has the id '{missing}'.", ["roleIds"]));
            }
        }

        if (teamIds is { Count: > 0 })
        {
            var known = await db.Teams.Where(t => teamIds.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
            foreach (var missing in teamIds.Except(known))
            {
                errors.Add(new InputError(ErrorCodes.NotFound, $"No team has the id '{missing}'.", ["teamIds"]));
            }
        }
    }
}

/// <summary>A changed record, or the admin's mistakes (nothing written).</summary>
internal sealed record AdminResult<T>(T? Value, IReadOnlyList<IUserError> Errors)
    where T : class
{
    public static AdminResult<T> Ok(T value) => new(value, []);

    public static AdminResult<T> Failed(IReadOnlyList<IUserError> errors) => new(null, errors);
}

/// <summary>A new user: login, display name, optional password (none: API keys only), roles, teams.</summary>
internal sealed class CreateUserInput
{
    public string? Login { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public List<string>? RoleIds { get; set; }

    public List<string>? TeamIds { get; set; }
}

/// <summary>What to change about a user; null leaves a field as it is.</summary>
internal sealed class UpdateUserInput
{
    public string Id { get; set; } = "";

    public string? DisplayName { get; set; }

    public bool? IsActive { get; set; }

    public List<string>? RoleIds { get; set; }

    public List<string>? TeamIds { get; set; }
}

/// <summary>A role as the admin wants it.</summary>
internal sealed class SaveRoleInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<string>? Permissions { get; set; }

    public List<ModuleAccessInput>? RecordAccess { get; set; }
}

/// <summary>One module's record level in a role.</summary>
internal sealed class ModuleAccessInput
{
    public string ModuleId { get; set; } = "";

    public RecordAccessLevel Level { get; set; }
}
