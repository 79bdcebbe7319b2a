using Crm.Host.Identity.Storage;
using Crm.Host.Persistence;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Identity.Admin;

/// <summary>Reads users, roles, teams and API keys for the API (never a secret or a hash).</summary>
internal sealed class IdentityQueries(IDbContextFactory<HostDbContext> contexts)
{
    public async Task<IReadOnlyList<UserView>> UsersAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(u => ids.Contains(u.Id));
        }

        var users = await query.OrderBy(u => u.LoginKey).ToListAsync(cancellationToken);
        var userIds = users.Select(u => u.Id).ToArray();
        var roles = (await db.UserRoles.AsNoTracking().Where(r => userIds.Contains(r.UserId)).ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => r.RoleId);
        var teams = (await db.TeamMembers.AsNoTracking().Where(t => userIds.Contains(t.UserId)).ToListAsync(cancellationToken)).ToLookup(t => t.UserId, t => t.TeamId);
        return users.Select(u => new UserView(u.Id, u.Login, u.DisplayName, u.IsActive, u.CreatedAt, [.. roles[u.Id]], [.. teams[u.Id]])).ToList();
    }

    public async Task<UserView?> UserAsync(string id, CancellationToken cancellationToken) =>
        (await UsersAsync([id], cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<RoleView>> RolesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Roles.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(r => ids.Contains(r.Id));
        }

        var roles = await query.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var roleIds = roles.Select(r => r.Id).ToArray();
        var permissions = (await db.RolePermissions.AsNoTracking().Where(p => roleIds.Contains(p.RoleId)).ToListAsync(cancellationToken)).ToLookup(p => p.RoleId, p => p.Permission);
        var levels = (await db.RoleAccessLevels.AsNoTracking().Where(l => roleIds.Contains(l.RoleId)).ToListAsync(cancellationToken)).ToLookup(l => l.RoleId);
        return roles.Select(r => new RoleView(
            r.Id,
            r.Name,
            [.. permissions[r.Id].Order(StringComparer.Ordinal)],
            [.. levels[r.Id].OrderBy(l => l.ModuleId, StringComparer.Ordinal).Select(l => new ModuleAccess(l.ModuleId, l.Level))])).ToList();
    }

    public async Task<IReadOnlyList<TeamView>> TeamsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Teams.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(t => ids.Contains(t.Id));
        }

        var teams = await query.OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var teamIds = teams.Select(t => t.Id).ToArray();
        var members = (await db.TeamMembers.AsNoTracking().Where(m => teamIds.Contains(m.TeamId)).ToListAsync(cancellationToken)).ToLookup(m => m.TeamId, m => m.UserId);
        return teams.Select(t => new TeamView(t.Id, t.Name, [.. members[t.Id]])).ToList();
    }

    public async Task<IReadOnlyList<AccessTokenRecord>> ApiKeysAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AccessTokens.AsNoTracking().Where(t => t.Kind == AccessTokenKind.ApiKey).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
    }
}

/// <summary>A user as the API shows it.</summary>
internal sealed record UserView(string Id, string Login, string DisplayName, bool IsActive, DateTime CreatedAt, IReadOnlyList<string> RoleIds, IReadOnlyList<string> TeamIds);

/// <summary>A role as the API shows it.</summary>
internal sealed record RoleView(string Id, string Name, IReadOnlyList<string> Permissions, IReadOnlyList<ModuleAccess> RecordAccess);

/// <summary>One module's record level.</summary>
internal sealed record ModuleAccess(string ModuleId, RecordAccessLevel Level);

/// <summary>A team as the API shows it.</summary>
internal sealed record TeamView(string Id, string Name, IReadOnlyList<string> MemberIds);
