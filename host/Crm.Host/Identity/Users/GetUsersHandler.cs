using Crm.Host.Persistence;
using Crm.Sdk.Contracts.Users;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Identity.Users;

/// <summary>Answers the SDK's <see cref="GetUsers"/> from the host's users table; unknown ids are left out.</summary>
internal sealed class GetUsersHandler(IDbContextFactory<HostDbContext> contexts) : IRequestHandler<GetUsers, IReadOnlyList<UserSummary>>
{
    public async Task<IReadOnlyList<UserSummary>> Handle(GetUsers request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = request.UserIds.Distinct(StringComparer.Ordinal).ToArray();
        var users = db.Users.AsNoTracking();
        if (ids.Length > 0)
        {
            users = users.Where(u => ids.Contains(u.Id));
        }

        var found = await users.OrderBy(u => u.LoginKey).Select(u => new { u.Id, u.Login, u.DisplayName, u.IsActive }).ToListAsync(cancellationToken);
        var foundIds = found.Select(u => u.Id).ToArray();
        var memberships = await db.TeamMembers.AsNoTracking().Where(m => foundIds.Contains(m.UserId)).ToListAsync(cancellationToken);
        var teamsByUser = memberships.ToLookup(m => m.UserId, m => m.TeamId, StringComparer.Ordinal);
        return found.Select(u => new UserSummary(u.Id, u.Login, u.DisplayName, u.IsActive, teamsByUser[u.Id].Order(StringComparer.Ordinal).ToList())).ToList();
    }
}
