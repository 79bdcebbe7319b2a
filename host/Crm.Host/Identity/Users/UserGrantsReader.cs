using Crm.Host.Persistence;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Identity.Users;

/// <summary>Reads a user's permissions, record levels and team mates from the identity tables (three small queries).</summary>
internal sealed class UserGrantsReader(IDbContextFactory<HostDbContext> contexts)
{
    public async Task<UserGrants> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roleIds = db.UserRoles.Where(r => r.UserId == userId).Select(r => r.RoleId);
        var permissions = await db.RolePermissions.Where(p => roleIds.Contains(p.RoleId)).Select(p => p.Permission).Distinct().ToListAsync(cancellationToken);
        var levels = await db.RoleAccessLevels.Where(l => roleIds.Contains(l.RoleId)).Select(l => new { l.ModuleId, l.Level }).ToListAsync(cancellationToken);
        var teamIds = db.TeamMembers.Where(m => m.UserId == userId).Select(m => m.TeamId);
        var mates = await db.TeamMembers.Where(m => teamIds.Contains(m.TeamId)).Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);

        // The wildcard stays a wildcard: expanded here it would miss a plugin enabled while these grants are cached,
        // so the administrator would be refused the plugin's fields for the cache's lifetime.
        var granted = new HashSet<string>(permissions, StringComparer.Ordinal);
        var widest = new Dictionary<string, RecordAccessLevel>(StringComparer.Ordinal);
        foreach (var level in levels)
        {
            widest[level.ModuleId] = (RecordAccessLevel)Math.Max((int)level.Level, (int)widest.GetValueOrDefault(level.ModuleId));
        }

        var team = new HashSet<string>(mates, StringComparer.Ordinal) { userId };
        return new UserGrants(granted, widest, team);
    }
}
